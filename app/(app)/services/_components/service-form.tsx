"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { SERVICE_TYPES } from "@/lib/services/schemas";
import { ActionForm } from "@/components/ui/action-form";

export interface ServiceDefaults {
  name: string;
  type: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: string;
  longitude: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export function ServiceForm({
  action,
  defaults,
  serviceId,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: ServiceDefaults;
  serviceId?: string;
}) {
  const t = useTranslations("services.form");
  const types = useTranslations("serviceTypes");
  const [state, formAction] = useActionState(action, null);
  const error = (name: string) => fieldError(state, name);
  return (
    <ActionForm formAction={formAction} state={state} className="card flex flex-col gap-4">
      <FormAlert state={state} />
      {serviceId ? <input type="hidden" name="serviceId" value={serviceId} /> : null}
      <TextField
        name="name"
        label={t("name")}
        defaultValue={shownValue(state, "name", defaults.name)}
        required
        error={error("name")}
      />
      <SelectField
        name="type"
        label={t("type")}
        defaultValue={shownValue(state, "type", defaults.type)}
        placeholder={t("chooseType")}
        options={SERVICE_TYPES.map((type) => ({ value: type, label: types(type) }))}
        required
        error={error("type")}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">{t("address")}</legend>
        <TextField
          name="street"
          label={t("street")}
          defaultValue={shownValue(state, "street", defaults.street)}
          autoComplete="street-address"
          required
          error={error("street")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="postalCode"
            label={t("postalCode")}
            defaultValue={shownValue(state, "postalCode", defaults.postalCode)}
            inputMode="numeric"
            required
            error={error("postalCode")}
          />
          <TextField
            name="city"
            label={t("city")}
            defaultValue={shownValue(state, "city", defaults.city)}
            required
            error={error("city")}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="latitude"
            label={t("latitude")}
            hint={t("coordinatesHint")}
            defaultValue={shownValue(state, "latitude", defaults.latitude)}
            inputMode="decimal"
            required
            error={error("latitude")}
          />
          <TextField
            name="longitude"
            label={t("longitude")}
            defaultValue={shownValue(state, "longitude", defaults.longitude)}
            inputMode="decimal"
            required
            error={error("longitude")}
          />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">{t("contact")}</legend>
        <TextField
          name="contactName"
          label={t("contactName")}
          defaultValue={shownValue(state, "contactName", defaults.contactName)}
          required
          error={error("contactName")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="contactEmail"
            type="email"
            label={t("contactEmail")}
            defaultValue={shownValue(state, "contactEmail", defaults.contactEmail)}
            error={error("contactEmail")}
          />
          <TextField
            name="contactPhone"
            type="tel"
            label={t("contactPhone")}
            defaultValue={shownValue(state, "contactPhone", defaults.contactPhone)}
            error={error("contactPhone")}
          />
        </div>
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
