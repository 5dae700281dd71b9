"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { formToObject, memberAction, type ActionState } from "@/lib/actions";
import { requireMember, type Member } from "@/lib/auth/session";
import { inTenant } from "@/lib/auth/tenant";
import { prisma } from "@/lib/db";
import { mergeStaleEdit, programmeSettingsValues, stopFormValues } from "@/lib/programme/form-values";
import { ChecksRefused, UserError } from "@/lib/errors";
import type { Finding } from "@/lib/programme/checks";
import {
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
async function editing<T>(
  run: () => Promise<T>,
  refusal?: { key: "checksFailed" | "picksClash"; field: string },
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ChecksRefused && refusal) {
      throw new UserError(refusal.key, { problems: await describe(error.findings) }, refusal.field);
    }
    if (error instanceof UserError && error.key === "programmeChanged") revalidateExpedition();
    throw error;
  }
}

function revalidateExpedition() {
  revalidatePath("/expeditions", "layout");
}

export const createProgrammeAction = memberAction("programmes.edit", newProgrammeSchema, async (input, member) => {
  const { programme } = await createProgramme(member, input);
  revalidateExpedition();
  redirect(`/expeditions/${input.expeditionId}/programme/${programme.id}?created=1`);
});

const saveStopChecked = memberAction("programmes.edit", stopSchema, async (input, member) => {
  const { findings } = await editing(() => saveStop(member, input), { key: "checksFailed", field: "startTime" });
  revalidateExpedition();
  const t = await getTranslations("programme");
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  return { ok: true, message: t(input.stopId ? "stopSaved" : "stopAdded", { errors, warnings }) };
});

/** After a "programmeChanged" refusal: the form's values become what is saved now plus this editor's changes. */
async function mergedWhenStale(
  state: ActionState,
  formData: FormData,
  saved: (member: Member) => Promise<Record<string, string> | null>,
): Promise<ActionState> {
  if (state?.ok !== false || state.code !== "programmeChanged") return state;
  const current = await saved(await requireMember("programmes.edit"));
  if (!current) return state;
  const merged = mergeStaleEdit(current, readOriginal(formData.get("original")), formToObject(formData));
  return { ...state, values: { ...state.values, ...merged } };
}

function readOriginal(value: FormDataEntryValue | null): Record<string, string> {
  try {
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : {};
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const formId = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export async function saveStopAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return mergedWhenStale(await saveStopChecked(previous, formData), formData, async (member) => {
    const stop = await prisma.stop.findFirst({ where: inTenant(member, { id: formId(formData, "stopId") }) });
    return stop && stopFormValues(stop);
  });
}

export const moveStopAction = memberAction("programmes.edit", moveStopSchema, async (input, member) => {
  await editing(() => moveStop(member, input));
  revalidateExpedition();
  return { ok: true, message: (await getTranslations("programme"))("stopMoved") };
});

export const removeStopAction = memberAction("programmes.edit", removeStopSchema, async (input, member) => {
  await editing(() => removeStop(member, input));
  revalidateExpedition();
  return { ok: true, message: (await getTranslations("programme"))("stopRemoved") };
});

const saveSettingsChecked = memberAction("programmes.edit", programmeSettingsSchema, async (input, member) => {
  await editing(() => updateProgrammeSettings(member, input));
  revalidateExpedition();
  return { ok: true, message: (await getTranslations("programme"))("settingsSaved") };
});

export async function programmeSettingsAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  return mergedWhenStale(await saveSettingsChecked(previous, formData), formData, async (member) => {
    const programme = await prisma.programme.findFirst({
      where: inTenant(member, { id: formId(formData, "programmeId") }),
    });
    return programme && programmeSettingsValues(programme);
  });
}

export const removeProgrammeAction = memberAction("programmes.edit", removeProgrammeSchema, async (input, member) => {
  const programme = await editing(() => removeProgramme(member, input));
  revalidateExpedition();
  redirect(`/expeditions/${programme.expeditionId}/programme?removed=1`);
});

export const savePicksAction = memberAction("programmes.edit", picksSchema, async (input, member) => {
  const mandatary = await editing(() => savePicks(member, input), { key: "picksClash", field: "stopIds" });
  revalidateExpedition();
  const name = `${mandatary.firstName} ${mandatary.lastName}`;
  return { ok: true, message: (await getTranslations("programme"))("picksSaved", { name }) };
});
