import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireMember } from "@/lib/auth/session";
import { listPressContacts } from "@/lib/press/queries";
import { DataTable } from "@/components/ui/data-table";
import { StatusMessage } from "@/components/ui/form-status";
import { PageHeader } from "@/components/ui/page-header";
import { EMPTY_PRESS_CONTACT, PressContactForm } from "./_components/press-contact-form";
import { RemovePressContactButton } from "./_components/remove-press-contact-button";
import { createPressContactAction } from "./actions";

export async function generateMetadata() {
  await requireMember("pressContacts.edit");
  return { title: (await getTranslations("press"))("title") };
}

export default async function PressPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  const member = await requireMember("pressContacts.edit");
  const { removed } = await searchParams;
  const [t, contacts] = await Promise.all([getTranslations("press"), listPressContacts(member)]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p>{t("intro")}</p>
      {removed ? <StatusMessage>{t("removed")}</StatusMessage> : null}
      <section aria-labelledby="contacts-heading" className="flex flex-col gap-3">
        <h2 id="contacts-heading">{t("contacts")}</h2>
        <DataTable
          caption={t("contacts")}
          columns={[t("name"), t("outlet"), t("email"), t("phone"), t("actions")]}
          emptyText={t("empty")}
          rows={contacts.map((contact) => (
            <tr key={contact.id}>
              <td>
                <Link href={`/press/${contact.id}`}>{contact.name}</Link>
              </td>
              <td>{contact.outlet}</td>
              <td>{contact.email}</td>
              <td>{contact.phone}</td>
              <td>
                <RemovePressContactButton pressContactId={contact.id} name={contact.name} />
              </td>
            </tr>
          ))}
        />
      </section>
      <PressContactForm
        action={createPressContactAction}
        defaults={EMPTY_PRESS_CONTACT}
        heading={t("addHeading")}
        submitLabel={t("add")}
      />
    </>
  );
}
