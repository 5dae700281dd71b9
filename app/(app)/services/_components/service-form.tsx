"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldProps } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/actions";
import { SERVICE_TYPES } from "@/lib/services/schemas";
import { WEEKDAYS } from "@/lib/services/visiting-hours";
import { ActionForm } from "@/components/ui/action-form";
import { LocationPicker } from "@/components/map/location-picker";

/** The form's fields as text; visiting hours as visitFrom1 … visitTo7. */
export type ServiceDefaults = Record<string, string>;

export function ServiceForm({
  action,
  defaults,
  serviceId,
  geocoderEnabled,
  tiles,
}: {
  action: FormAction;
  defaults: ServiceDefaults;
  serviceId?: string;
  geocoderEnabled: boolean;
  tiles: { tileUrl?: string; attribution?: string };
}) {
  const t = useTranslations("services.form");
  const types = useTranslations("serviceTypes");
  const days = useTranslations("weekdays");
  const [state, formAction] = useActionState(action, null);
  const field = (name: string) => fieldProps(state, name, defaults[name] ?? "");
  const text = (name: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField {...field(name)} label={label} {...extra} />
  );
  return (
    <ActionForm formAction={formAction} state={state} className="card flex flex-col gap-4">
      <FormAlert state={state} />
      {serviceId ? <input type="hidden" name="serviceId" value={serviceId} /> : null}
      {text("name", t("name"), { required: true })}
      <SelectField
        {...field("type")}
        label={t("type")}
        placeholder={t("chooseType")}
        options={SERVICE_TYPES.map((type) => ({ value: type, label: types(type) }))}
        required
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">{t("address")}</legend>
        {text("street", t("street"), { autoComplete: "street-address", required: true })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("postalCode", t("postalCode"), { inputMode: "numeric", required: true })}
          {text("city", t("city"), { required: true })}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("latitude", t("latitude"), {
            hint: geocoderEnabled ? t("coordinatesHintGeocoder") : t("coordinatesHint"),
            inputMode: "decimal",
            required: !geocoderEnabled,
          })}
          {text("longitude", t("longitude"), { inputMode: "decimal", required: !geocoderEnabled })}
        </div>
        <LocationPicker
          latitudeId="latitude"
          longitudeId="longitude"
          title={defaults.name || t("newPoint")}
          {...tiles}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">{t("contact")}</legend>
        {text("contactName", t("contactName"), { hint: t("contactNameHint"), required: true })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("contactEmail", t("contactEmail"), { type: "email" })}
          {text("contactPhone", t("contactPhone"), { type: "tel" })}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">{t("visits")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("maxGroupSize", t("maxGroupSize"), { inputMode: "numeric", hint: t("maxGroupSizeHint") })}
          {text("minVisitMinutes", t("minVisitMinutes"), { inputMode: "numeric", hint: t("minVisitMinutesHint") })}
        </div>
        <fieldset className="flex flex-col gap-2">
          <legend className="font-medium">{t("visitingHours")}</legend>
          <p className="text-sm text-slate-700">{t("visitingHoursHint")}</p>
          {WEEKDAYS.map((day) => (
            <div key={day} className="grid grid-cols-2 gap-3">
              {text(`visitFrom${day}`, t("from", { day: days(String(day)) }), { type: "time" })}
              {text(`visitTo${day}`, t("to", { day: days(String(day)) }), { type: "time" })}
            </div>
          ))}
        </fieldset>
        <TextArea
          {...field("handsOnActivities")}
          label={t("handsOnActivities")}
          hint={t("handsOnActivitiesHint")}
          rows={3}
        />
        <TextArea {...field("dressCode")} label={t("dressCode")} rows={2} />
        <TextArea {...field("accessibilityNotes")} label={t("accessibilityNotes")} rows={2} />
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
