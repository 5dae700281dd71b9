import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { findOpenInvite, hasAccount } from "@/lib/team/queries";
import { AcceptInviteForm } from "./invite-forms";
import { InvalidInvite } from "./invalid-invite";

export const metadata = { robots: { index: false, follow: false } };

export default async function AcceptInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findOpenInvite(token);
  if (!invite) return <InvalidInvite />;
  const t = await getTranslations("acceptInvite");
  const existingAccount = await hasAccount(invite.email);
  const signedInAsInvitee = (await getSessionUser())?.email === invite.email;
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <h1>{t("title", { organization: invite.organization.name })}</h1>
      <p>{t("intro", { email: invite.email })}</p>
      {existingAccount && !signedInAsInvitee ? (
        <p className="card">
          {t("signInFirst", { email: invite.email })}{" "}
          <Link href={`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>{t("signInLink")}</Link>
        </p>
      ) : (
        <AcceptInviteForm token={token} existingAccount={existingAccount} />
      )}
    </main>
  );
}
