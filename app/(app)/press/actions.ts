"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { memberAction } from "@/lib/actions";
import { removePressContact, savePressContact } from "@/lib/press/mutations";
import { pressContactSchema, removePressContactSchema, updatePressContactSchema } from "@/lib/press/schemas";

export const createPressContactAction = memberAction(
  "pressContacts.edit",
  pressContactSchema,
  async (input, member) => {
    const contact = await savePressContact(member, null, input);
    revalidatePath("/press");
    return { ok: true, message: (await getTranslations("press"))("added", { name: contact.name }) };
  },
);

export const updatePressContactAction = memberAction(
  "pressContacts.edit",
  updatePressContactSchema,
  async ({ pressContactId, ...input }, member) => {
    await savePressContact(member, pressContactId, input);
    revalidatePath("/press", "layout");
    return { ok: true, message: (await getTranslations("press"))("saved") };
  },
);

export const removePressContactAction = memberAction(
  "pressContacts.edit",
  removePressContactSchema,
  async ({ pressContactId }, member) => {
    await removePressContact(member, pressContactId);
    revalidatePath("/press", "layout");
    // The row (and its form) is gone afterwards, so the page itself says what happened.
    redirect("/press?removed=1");
  },
);
