import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import nl from "@/lib/i18n/messages/nl.json";
import type { Locale } from "@/lib/time";

/** The documents' words from the catalogs, in the reader's language. */
export function documentTexts(locale: Locale) {
  const messages = locale === "en" ? (en as unknown as typeof nl) : nl;
  const t = createTranslator({ locale, messages, namespace: "documents" });
  const types = createTranslator({ locale, messages, namespace: "serviceTypes" });
  return {
    locale,
    t,
    /** A service type's label; the code itself if the catalog has none yet. */
    serviceType: (type: string) => (types.has(type as never) ? types(type as never) : type.toLowerCase()),
  };
}

export type DocumentTexts = ReturnType<typeof documentTexts>;
