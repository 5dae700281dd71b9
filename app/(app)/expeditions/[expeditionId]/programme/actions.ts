"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { formToObject, memberAction, type ActionState } from "@/lib/actions";
import { COORDINATOR_ONLY, requireMember } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { prisma } from "@/lib/db";
import { mergeStaleEdit, stopFormValues } from "@/lib/programme/form-values";
import { UserError } from "@/lib/errors";
import type { Finding } from "@/lib/programme/checks";
import {
  ChecksRefused,
  createProgramme,
  moveStop,
  removeProgramme,
  removeStop,
  savePicks,
  saveStop,
  updateProgrammeSettings,
} from "@/lib/programme/mutations";
import {
  moveStopSchema,
  newProgrammeSchema,
  picksSchema,
  programmeSettingsSchema,
  removeProgrammeSchema,
  removeStopSchema,
  stopSchema,
} from "@/lib/programme/schemas";
import { redirect } from "next/navigation";

async function describe(findings: Finding[]): Promise<string> {
  const t = await getTranslations("checks");
  return findings.map((finding) => t(finding.code, finding.values)).join(" ");
}

/**
 * Runs a programme edit. The checks' refusal becomes the form's error on the field it is about; a stale form
 * ("programmeChanged") also refreshes the page, so the form gets the new version and keeps what was typed.
 */
async function editing<T>(run: () => Promise<T>, field?: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ChecksRefused) {
      throw new UserError(
        field === "stopIds" ? "picksClash" : "checksFailed",
        { problems: await describe(error.findings) },
        field,
      );
    }
    if (error instanceof UserError && error.key === "programmeChanged") revalidateExpedition();
    throw error;
  }
}

function revalidateExpedition() {
  revalidatePath("/expeditions", "layout");
}

export const createProgrammeAction = memberAction(COORDINATOR_ONLY, newProgrammeSchema, async (input, member) => {
  const { programme } = await createProgramme(member, input);
  revalidateExpedition();
  redirect(`/expeditions/${input.expeditionId}/programme/${programme.id}?created=1`);
});

const saveStopChecked = memberAction(COORDINATOR_ONLY, stopSchema, async (input, member) => {
  const { findings } = await editing(() => saveStop(member, input), "startTime");
  revalidateExpedition();
  const t = await getTranslations("programme");
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  return { ok: true, message: t(input.stopId ? "stopSaved" : "stopAdded", { errors, warnings }) };
});

/** Adds or edits a stop; a stale edit comes back merged with what was saved meanwhile (see mergeStaleEdit). */
export async function saveStopAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await saveStopChecked(previous, formData);
  const stopId = formData.get("stopId");
  if (state?.ok !== false || state.code !== "programmeChanged" || typeof stopId !== "string") return state;
  const member = await requireMember(COORDINATOR_ONLY);
  const saved = await prisma.stop.findFirst({ where: inTenant(member, { id: stopId }) });
  if (!saved) return state;
  const original = readOriginal(formData.get("original"));
  return {
    ...state,
    values: { ...state.values, ...mergeStaleEdit(stopFormValues(saved), original, formToObject(formData)) },
  };
}

function readOriginal(value: FormDataEntryValue | null): Record<string, string> {
  try {
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : {};
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export const moveStopAction = memberAction(COORDINATOR_ONLY, moveStopSchema, async (input, member) => {
  await editing(() => moveStop(member, input));
  revalidateExpedition();
  return { ok: true, message: (await getTranslations("programme"))("stopMoved") };
});

export const removeStopAction = memberAction(COORDINATOR_ONLY, removeStopSchema, async (input, member) => {
  await editing(() => removeStop(member, input));
  revalidateExpedition();
  return { ok: true, message: (await getTranslations("programme"))("stopRemoved") };
});

export const programmeSettingsAction = memberAction(
  COORDINATOR_ONLY,
  programmeSettingsSchema,
  async (input, member) => {
    await editing(() => updateProgrammeSettings(member, input));
    revalidateExpedition();
    return { ok: true, message: (await getTranslations("programme"))("settingsSaved") };
  },
);

export const removeProgrammeAction = memberAction(COORDINATOR_ONLY, removeProgrammeSchema, async (input, member) => {
  const programme = await editing(() => removeProgramme(member, input));
  revalidateExpedition();
  redirect(`/expeditions/${programme.expeditionId}/programme?removed=1`);
});

export const savePicksAction = memberAction(COORDINATOR_ONLY, picksSchema, async (input, member) => {
  const mandatary = await editing(() => savePicks(member, input), "stopIds");
  revalidateExpedition();
  const name = `${mandatary.firstName} ${mandatary.lastName}`;
  return { ok: true, message: (await getTranslations("programme"))("picksSaved", { name }) };
});
