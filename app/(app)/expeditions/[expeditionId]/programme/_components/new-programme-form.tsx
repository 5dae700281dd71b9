"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldProps, shownChecked } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { CONCEPTS } from "@/lib/programme/concepts";
import { PROGRAMME_KINDS } from "@/lib/programme/plan";
import { createProgrammeAction } from "../actions";

/** A new day programme: name, day and a concept that pre-fills it. */
export function NewProgrammeForm({
  expeditionId,
  defaultDay,
  services,
}: {
  expeditionId: string;
  defaultDay: string;
  services: { id: string; name: string }[];
}) {
  const t = useTranslations("programme");
  const tc = useTranslations("programme.concepts");
  const [state, action] = useActionState<ActionState, FormData>(createProgrammeAction, null);
  const concept = (value: string) => shownChecked(state, "concept", value, value === "CUSTOM");
  return (
    <ActionForm
      formAction={action}
      state={state}
      className="card flex flex-col gap-4"
      aria-labelledby="new-programme-heading"
    >
      <h2 id="new-programme-heading">{t("newProgramme")}</h2>
      <FormAlert state={state} />
      <input type="hidden" name="expeditionId" value={expeditionId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField {...fieldProps(state, "name")} label={t("name")} hint={t("nameHint")} required />
        <TextField {...fieldProps(state, "day", defaultDay)} type="date" label={t("day")} required />
        <TextField {...fieldProps(state, "startTime", "09:00")} type="time" label={t("startTime")} />
      </div>
      <fieldset>
        <legend className="font-semibold">{t("concept")}</legend>
        <p className="text-sm text-slate-700">{t("conceptHint")}</p>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {CONCEPTS.map((value) => (
            <li key={value} className="flex items-start gap-2 rounded border border-slate-300 p-2">
              <input
                type="radio"
                id={`concept-${value}`}
                name="concept"
                value={value}
                defaultChecked={concept(value)}
                aria-describedby={`concept-${value}-description`}
                className="mt-1"
              />
              <span>
                <label htmlFor={`concept-${value}`} className="font-medium">
                  {tc(`${value}.name`)}
                </label>
                <span id={`concept-${value}-description`} className="block text-sm text-slate-700">
                  {tc(`${value}.description`)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">{t("customKind")}</legend>
        <div className="flex flex-wrap gap-4">
          {PROGRAMME_KINDS.map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={kind}
                defaultChecked={shownChecked(state, "kind", kind, kind === "FIXED")}
              />
              {t(`kindNames.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <CheckboxGroup
        name="serviceIds"
        legend={t("conceptServices")}
        hint={t("conceptServicesHint")}
        error={fieldProps(state, "serviceIds").error}
        options={services.map((s) => ({ value: s.id, label: s.name }))}
        isChecked={(value) => shownChecked(state, "serviceIds", value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...fieldProps(state, "roundMinutes", "10")}
          label={t("roundMinutes")}
          hint={t("roundMinutesHint")}
          inputMode="numeric"
        />
        <label className="flex min-h-11 items-center gap-2 self-end">
          <input type="checkbox" name="wholeDay" defaultChecked={shownChecked(state, "wholeDay", "on")} />
          {t("wholeDay")}
        </label>
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("addProgramme")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
