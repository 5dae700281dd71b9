import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { getPressContact } from "@/lib/press/queries";
import { PageHeader } from "@/components/ui/page-header";
import { PressContactForm } from "../_components/press-contact-form";
import { updatePressContactAction } from "../actions";
import { idParams } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ pressContactId: string }> }) {
  const member = await requireMember("pressContacts.edit");
  const contact = await getPressContact(member, idParams(await params).pressContactId);
  if (!contact) notFound();
  return { title: contact.name };
}

export default async function EditPressContactPage({ params }: { params: Promise<{ pressContactId: string }> }) {
  const member = await requireMember("pressContacts.edit");
  const contact = await getPressContact(member, idParams(await params).pressContactId);
  if (!contact) notFound();
  const t = await getTranslations("press");
  return (
    <>
      <PageHeader title={contact.name} back={{ href: "/press", label: t("back") }} />
      <PressContactForm
        action={updatePressContactAction}
        defaults={contact}
        pressContactId={contact.id}
        submitLabel={t("save")}
      />
    </>
  );
}
