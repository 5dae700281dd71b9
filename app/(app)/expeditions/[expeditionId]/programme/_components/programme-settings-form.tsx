"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldProps } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { PROGRAMME_KINDS, TRAVEL_MODES } from "@/lib/programme/plan";
import type { ProgrammeSettings } from "@/lib/programme/form-values";
import { programmeSettingsAction, removeProgrammeAction } from "../actions";

export function ProgrammeSettingsForm({ programme }: { programme: ProgrammeSettings }) {
  const t = useTranslations("programme");
  const tm = useTranslations("programme.modes");
  const [state, action] = useActionState<ActionState, FormData>(programmeSettingsAction, null);
  const field = (name: keyof ProgrammeSettings) => ({
    ...fieldProps(state, name, String(programme[name])),
    id: `settings-${name}`,
  });
  return (
    <ActionForm
      key={programme.version}
      formAction={action}
      state={state}
      className="flex flex-col gap-3"
      aria-label={t("settings")}
    >
      <FormAlert state={state} />
      <input type="hidden" name="programmeId" value={programme.id} />
      <input type="hidden" name="version" value={programme.version} />
      {/* What the form was built with: after a stale save, only the fields changed here are kept. */}
      <input type="hidden" name="original" value={JSON.stringify(programme)} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...field("name")} label={t("name")} required />
        <TextField {...field("day")} type="date" label={t("day")} hint={t("dayMoveHint")} required />
        <SelectField
          {...field("kind")}
          label={t("programmeKind")}
          options={PROGRAMME_KINDS.map((kind) => ({ value: kind, label: t(`kindNames.${kind}`) }))}
        />
        <SelectField
          {...field("travelMode")}
          label={t("programmeTravelMode")}
          options={TRAVEL_MODES.map((mode) => ({ value: mode, label: tm(mode) }))}
        />
        <TextField {...field("groupSize")} label={t("groupSize")} hint={t("groupSizeHint")} inputMode="numeric" />
      </div>
      <TextArea {...field("notes")} rows={3} label={t("programmeNotes")} hint={t("programmeNotesHint")} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveSettings")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RemoveProgrammeForm({
  programmeId,
  version,
  name,
}: {
  programmeId: string;
  version: number;
  name: string;
}) {
  const t = useTranslations("programme");
  const [state, action] = useActionState<ActionState, FormData>(removeProgrammeAction, null);
  return (
    <ActionForm formAction={action} state={state} className="flex flex-col gap-3" aria-label={t("removeProgramme")}>
      <FormAlert state={state} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="version" value={version} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="confirm" />
        {t("removeProgrammeConfirm", { name })}
      </label>
      <div>
        <button type="submit" className="btn-danger">
          {t("removeProgramme")}
        </button>
      </div>
    </ActionForm>
  );
}
