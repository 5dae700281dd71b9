import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/session";
import { bannerPath, currentBannerVersion, DEFAULT_BANNER_VERSION } from "@/lib/organization/banner";
import { getOrganizationSettings } from "@/lib/organization/queries";
import { BannerSettings } from "./_components/banner-settings";
import { SettingsForm } from "./_components/settings-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  await requireMember("settings.edit");
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const member = await requireMember("settings.edit");
  const [t, settings, bannerVersion] = await Promise.all([
    getTranslations("settings"),
    getOrganizationSettings(member),
    currentBannerVersion(member.organizationId),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p>{t("intro", { organization: settings.name })}</p>
      <SettingsForm
        brandColor={settings.brandColor}
        portfolios={settings.portfolios}
        keywords={settings.portfolioKeywords}
      />
      <BannerSettings
        src={bannerPath(member.organizationId, bannerVersion)}
        own={bannerVersion !== DEFAULT_BANNER_VERSION}
        organization={settings.name}
      />
    </>
  );
}
