import { getLocale, getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { listOpenInvites, listTeam } from "@/lib/team/queries";
import { listServices } from "@/lib/services/queries";
import { formatShortDate, type Locale } from "@/lib/time";
import { InviteColleagueForm } from "./_components/invite-colleague-form";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata() {
  await requireMember("team.manage");
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const member = await requireMember("team.manage");
  const [t, roles, locale, services, memberships, invites] = await Promise.all([
    getTranslations("team"),
    getTranslations("roles"),
    getLocale(),
    listServices(member),
    listTeam(member),
    listOpenInvites(member),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <DataTable
        caption={t("title")}
        columns={[t("name"), t("email"), t("role"), t("services")]}
        rows={memberships.map((m) => (
          <tr key={m.id}>
            <td>{m.user.name}</td>
            <td>{m.user.email}</td>
            <td>{roles(m.role)}</td>
            <td>{m.services.map((s) => s.name).join(", ")}</td>
          </tr>
        ))}
      />
      {invites.length > 0 ? (
        <section aria-labelledby="open-invites">
          <h2 id="open-invites">{t("openInvites")}</h2>
          <ul className="mt-2 list-disc pl-5">
            {invites.map((invite) => (
              <li key={invite.id}>
                {t("openInvite", {
                  email: invite.email,
                  role: roles(invite.role),
                  until: formatShortDate(invite.expiresAt, locale as Locale),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <InviteColleagueForm services={services.map((s) => ({ id: s.id, name: s.name }))} />
    </>
  );
}
