import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "./language-actions";

/** A plain form, so it works without JavaScript. */
export async function LanguageSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations("language");
  const other = locale === "nl" ? "en" : "nl";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="text-sm text-brand underline" lang={other}>
        {t(other)}
      </button>
    </form>
  );
}
