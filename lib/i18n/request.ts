import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { resolveLocale, LOCALE_COOKIE } from "./locale";
import { TIME_ZONE } from "@/lib/time";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
