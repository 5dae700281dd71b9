"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { saveMandatary } from "@/lib/mandataries/mutations";
import { mandatarySchema } from "@/lib/mandataries/schemas";
import { idField } from "@/lib/validation";
import { eraseMandatary } from "@/lib/personal-data/erase";

export const createMandataryAction = memberAction("mandataries.edit", mandatarySchema, async (input, member) => {
  await saveMandatary(member, null, input);
  redirect("/mandataries");
});

export const updateMandataryAction = memberAction(
  "mandataries.edit",
  mandatarySchema.and(z.object({ mandataryId: idField })),
  async (input, member) => {
    const { mandataryId, ...data } = input;
    await saveMandatary(member, mandataryId, data);
    revalidatePath("/mandataries", "layout");
    return { ok: true, message: (await getTranslations("mandataries"))("saved") };
  },
);

export const eraseMandataryAction = memberAction(
  "mandataries.personalData",
  z.object({ mandataryId: idField, confirm: z.literal("yes", "eraseNotConfirmed") }),
  async ({ mandataryId }, member) => {
    await eraseMandatary(member, mandataryId);
    revalidatePath("/mandataries", "layout");
    // No name in the address: it would stay in the browser's history and in access logs.
    redirect("/mandataries?erased=1");
  },
);
