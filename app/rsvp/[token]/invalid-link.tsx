import { getTranslations } from "next-intl/server";

// Rendered by the page itself, not through notFound(): Next answers notFound() with an empty shell that only
// scripts fill in, and a mandatary on a phone without JavaScript must still read this.
export async function InvalidLink() {
  const t = await getTranslations("rsvp");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1>{t("invalidTitle")}</h1>
      <p className="mt-4">{t("invalidBody")}</p>
    </main>
  );
}
