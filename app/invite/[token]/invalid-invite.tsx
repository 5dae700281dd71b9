import { getTranslations } from "next-intl/server";

// Rendered by the page itself (see app/rsvp/[token]/invalid-link.tsx for why not notFound()).
export async function InvalidInvite() {
  const t = await getTranslations("acceptInvite");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1>{t("invalidTitle")}</h1>
      <p className="mt-4">{t("invalidBody")}</p>
    </main>
  );
}
