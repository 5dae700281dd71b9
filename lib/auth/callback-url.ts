import { env } from "@/lib/env";

/**
 * Where to go after signing in: only a page of this site, else "/". Compared by origin after the browser's own
 * parsing, which drops TABs and newlines and reads "\" as "/", so "/\t/evil.test" means "//evil.test".
 */
export function safeCallbackUrl(value: string | null | undefined, base: string = env.APP_URL): string {
  if (!value) return "/";
  const origin = new URL(base).origin;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  // The path alone, checked once more: "/.//evil.test" has the path "//evil.test", another site again.
  const path = url.pathname + url.search + url.hash;
  return new URL(path, base).origin === origin ? path : "/";
}
