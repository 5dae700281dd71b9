"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { addStopAction, createProgrammeAction, removeStopAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export function NewProgrammeForm({ expeditionId, defaultDay }: { expeditionId: string; defaultDay: string }) {
  const t = useTranslations("programme");
  const [state, action] = useActionState<ActionState, FormData>(createProgrammeAction, null);
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
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          defaultValue={shownValue(state, "name")}
          required
          error={fieldError(state, "name")}
        />
        <TextField
          name="day"
          type="date"
          label={t("day")}
          defaultValue={shownValue(state, "day", defaultDay)}
          required
          error={fieldError(state, "day")}
        />
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("addProgramme")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function AddStopForm({
  programmeId,
  programmeName,
  services,
}: {
  programmeId: string;
  programmeName: string;
  services: { id: string; name: string }[];
}) {
  const t = useTranslations("programme");
  const [state, action] = useActionState<ActionState, FormData>(addStopAction, null);
  // Field ids must be unique on a page with several programmes.
  const id = (name: string) => `${name}-${programmeId}`;
  const error = (name: string) => fieldError(state, name);
  return (
    <ActionForm formAction={action} state={state} className="mt-4 flex flex-col gap-3 border-t border-slate-300 pt-4">
      <h4 className="font-semibold">{t("addStopTo", { name: programmeName })}</h4>
      <FormAlert state={state} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          id={id("serviceId")}
          name="serviceId"
          label={t("service")}
          placeholder={t("chooseService")}
          options={services.map((s) => ({ value: s.id, label: s.name }))}
          defaultValue={shownValue(state, "serviceId")}
          error={error("serviceId")}
        />
        <TextField
          id={id("startTime")}
          name="startTime"
          type="time"
          label={t("start")}
          defaultValue={shownValue(state, "startTime")}
          error={error("startTime")}
        />
        <TextField
          id={id("endTime")}
          name="endTime"
          type="time"
          label={t("end")}
          defaultValue={shownValue(state, "endTime")}
          error={error("endTime")}
        />
      </div>
      <TextField
        id={id("activity")}
        name="activity"
        label={t("activity")}
        defaultValue={shownValue(state, "activity")}
        error={error("activity")}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("addStop")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RemoveStopButton({ stopId, label }: { stopId: string; label: string }) {
  const t = useTranslations("programme");
  const [state, action] = useActionState<ActionState, FormData>(removeStopAction, null);
  return (
    <ActionForm formAction={action} state={state}>
      <input type="hidden" name="stopId" value={stopId} />
      <button type="submit" className="btn-danger" aria-label={t("removeStop", { stop: label })}>
        {t("remove")}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-red-800">
          {state.error}
        </p>
      ) : null}
    </ActionForm>
  );
}
