"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { expeditionSchema } from "@/lib/expeditions/schemas";
import { createExpedition, updateExpedition } from "@/lib/expeditions/mutations";
import { idField } from "@/lib/validation";

export const createExpeditionAction = memberAction("expeditions.edit", expeditionSchema, async (input, member) => {
  const expedition = await createExpedition(member, input);
  redirect(`/expeditions/${expedition.id}`);
});

export const updateExpeditionAction = memberAction(
  "expeditions.edit",
  expeditionSchema.and(z.object({ expeditionId: idField })),
  async (input, member) => {
    await updateExpedition(member, input.expeditionId, input);
    redirect(`/expeditions/${input.expeditionId}`);
  },
);
