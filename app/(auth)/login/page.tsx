import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getMember } from "@/lib/auth/session";
import { LanguageSwitcher } from "@/components/language-switcher";
import { LoginForm } from "./login-form";
import { StatusMessage } from "@/components/ui/form-status";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getMember()) redirect(callbackUrl);
  const t = await getTranslations("login");
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <div className="flex justify-end">
        <LanguageSwitcher />
      </div>
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand">{t("appName")}</p>
        <h1>{t("title")}</h1>
      </div>
      {params.joined ? <StatusMessage>{t("joined")}</StatusMessage> : null}
      <LoginForm
        callbackUrl={callbackUrl}
        linkSent={params.link === "sent"}
        linkFailed={params.error === "Verification"}
      />
    </main>
  );
}
