import { getTranslations } from "next-intl/server";
import Link from "next/link";

// Also the title of a page that calls notFound(), when its own generateMetadata does too.
export async function generateMetadata() {
  return { title: (await getTranslations("notFound"))("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12">
      <h1>{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-4">
        <Link href="/">{t("home")}</Link>
      </p>
    </main>
  );
}
