import { getTranslations } from "next-intl/server";

export default async function RsvpLinkNotFound() {
  const t = await getTranslations("rsvp");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1>{t("invalidTitle")}</h1>
      <p className="mt-4">{t("invalidBody")}</p>
    </main>
  );
}
