"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { loginSchema, emailField } from "@/lib/auth/schemas";
import { StatusMessage } from "@/components/ui/form-status";

export function LoginForm({
  callbackUrl,
  linkSent,
  linkFailed,
}: {
  callbackUrl: string;
  linkSent: boolean;
  linkFailed: boolean;
}) {
  const t = useTranslations("login");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [error, setError] = useState<string | null>(linkFailed ? t("linkInvalid") : null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [linkMessage, setLinkMessage] = useState<string | null>(linkSent ? t("linkSent") : null);

  async function onPasswordLogin(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = loginSchema.safeParse(data);
    if (!parsed.success) {
      setFieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), tv(i.message)])));
      setError(tv("formInvalid"));
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(t("wrongCredentials"));
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  async function onLinkRequest(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = emailField.safeParse(new FormData(event.currentTarget).get("linkEmail"));
    if (!parsed.success) {
      setFieldErrors({ linkEmail: tv(parsed.error.issues[0]!.message) });
      return;
    }
    setFieldErrors({});
    await signIn("email", { email: parsed.data, redirect: false, callbackUrl });
    setLinkMessage(t("linkSent"));
  }

  return (
    <div className="flex flex-col gap-8">
      <form
        onSubmit={onPasswordLogin}
        method="post"
        noValidate
        className="card flex flex-col gap-4"
        aria-labelledby="password-heading"
      >
        <h2 id="password-heading">{t("withPassword")}</h2>
        {error ? (
          <p role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
            {error}
          </p>
        ) : null}
        <TextField
          name="email"
          type="email"
          label={t("email")}
          autoComplete="username"
          required
          error={fieldErrors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
          error={fieldErrors.password}
        />
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? t("signingIn") : t("signIn")}
        </button>
      </form>
      <form
        onSubmit={onLinkRequest}
        method="post"
        noValidate
        className="card flex flex-col gap-4"
        aria-labelledby="link-heading"
      >
        <h2 id="link-heading">{t("withLink")}</h2>
        <p>{t("linkExplanation")}</p>
        {linkMessage ? <StatusMessage>{linkMessage}</StatusMessage> : null}
        <TextField
          name="linkEmail"
          type="email"
          label={t("email")}
          autoComplete="email"
          required
          error={fieldErrors.linkEmail}
        />
        <button type="submit" className="btn-secondary">
          {t("sendLink")}
        </button>
      </form>
    </div>
  );
}
