import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { requireMember } from "@/lib/auth/session";
import { LanguageSwitcher } from "@/components/language-switcher";
import { SignOutButton } from "./_components/sign-out-button";
import { OrganizationSwitcher } from "./_components/organization-switcher";
import Link from "next/link";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  const t = await getTranslations("nav");
  const roles = await getTranslations("roles");
  // Each link only for who may open its page.
  const links = (
    [
      { href: "/expeditions", label: t("expeditions"), action: "expeditions.read" },
      { href: "/services", label: t("services"), action: "services.read" },
      { href: "/mandataries", label: t("mandataries"), action: "mandataries.read" },
      { href: "/press", label: t("press"), action: "pressContacts.edit" },
      { href: "/team", label: t("team"), action: "team.manage" },
      { href: "/mailbox", label: t("mailbox"), action: "mailbox.read" },
      { href: "/settings", label: t("settings"), action: "settings.edit" },
    ] as const
  ).filter((link) => can(member, link.action));
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("skip")}
      </a>
      <header className="no-print border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="font-bold text-brand">{t("appName")}</p>
            <p className="text-sm text-slate-700">
              {member.organizationName} · {member.name} ({roles(member.role)})
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <OrganizationSwitcher
              current={member.organizationId}
              organizations={member.organizations}
              label={t("organization")}
              submit={t("switch")}
            />
            <LanguageSwitcher />
            <SignOutButton label={t("signOut")} />
          </div>
        </div>
        <nav aria-label={t("main")} className="mx-auto max-w-5xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="font-semibold">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-6">
        {children}
      </main>
    </>
  );
}
