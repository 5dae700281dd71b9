"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions";
import { COORDINATOR_ONLY } from "@/lib/auth/session";
import { addStop, createProgramme, removeStop } from "@/lib/programme/mutations";
import { programmeSchema, removeStopSchema, stopSchema } from "@/lib/programme/schemas";

export const createProgrammeAction = memberAction(COORDINATOR_ONLY, programmeSchema, async (input, member) => {
  await createProgramme(member, input);
  revalidatePath(`/expeditions/${input.expeditionId}`, "layout");
  return { ok: true, message: (await getTranslations("programme"))("programmeAdded", { name: input.name }) };
});

export const addStopAction = memberAction(COORDINATOR_ONLY, stopSchema, async (input, member) => {
  await addStop(member, input);
  revalidatePath("/expeditions", "layout");
  return { ok: true, message: (await getTranslations("programme"))("stopAdded") };
});

export const removeStopAction = memberAction(COORDINATOR_ONLY, removeStopSchema, async (input, member) => {
  await removeStop(member, input.stopId);
  revalidatePath("/expeditions", "layout");
  return { ok: true, message: (await getTranslations("programme"))("stopRemoved") };
});
