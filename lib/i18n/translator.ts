// Words outside a request (mails, scheduled jobs, documents, spreadsheets) come from here, in the language given:
// Dutch unless said otherwise, as mandataries and services are addressed in Dutch. Pages, layouts and actions
// use getTranslations (next-intl/server) or useTranslations instead, which follow the reader's language.
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { Locale } from "@/lib/time";
import en from "./messages/en.json";
import nl from "./messages/nl.json";

type Messages = typeof nl;
type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

// English has exactly the Dutch keys (catalog.test.ts).
const CATALOGS: Record<Locale, Messages> = { nl, en };

export function translator<const N extends Namespace>(namespace: N, locale: Locale = "nl") {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace });
}

/** A message whose key is made at run time (an enum value, an import field), or undefined if there is none. */
export function optionalText(t: ReturnType<typeof translator>, key: string): string | undefined {
  return t.has(key as never) ? t(key as never) : undefined;
}
