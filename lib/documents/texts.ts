import { optionalText, translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/time";

/** The documents' words from the catalogs, in the reader's language. */
export function documentTexts(locale: Locale) {
  const types = translator("serviceTypes", locale);
  return {
    locale,
    t: translator("documents", locale),
    /** A service type's label; the code itself if the catalog has none yet. */
    serviceType: (type: string) => optionalText(types, type) ?? type.toLowerCase(),
  };
}

export type DocumentTexts = ReturnType<typeof documentTexts>;
