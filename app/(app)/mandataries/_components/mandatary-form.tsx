"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { MANDATARY_ROLES } from "@/lib/mandataries/schemas";
import { ActionForm } from "@/components/ui/action-form";

export interface MandataryDefaults {
  firstName: string;
  lastName: string;
  role: string;
  email: string;
  phone: string;
  portfolios: string;
}

export function MandataryForm({
  action,
  defaults,
  mandataryId,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: MandataryDefaults;
  mandataryId?: string;
}) {
  const t = useTranslations("mandataries.form");
  const roles = useTranslations("mandataryRoles");
  const [state, formAction] = useActionState(action, null);
  const error = (name: string) => fieldError(state, name);
  return (
    <ActionForm formAction={formAction} state={state} className="card flex flex-col gap-4">
      <FormAlert state={state} />
      {mandataryId ? <input type="hidden" name="mandataryId" value={mandataryId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="firstName"
          label={t("firstName")}
          defaultValue={shownValue(state, "firstName", defaults.firstName)}
          autoComplete="off"
          required
          error={error("firstName")}
        />
        <TextField
          name="lastName"
          label={t("lastName")}
          defaultValue={shownValue(state, "lastName", defaults.lastName)}
          autoComplete="off"
          required
          error={error("lastName")}
        />
      </div>
      <SelectField
        name="role"
        label={t("role")}
        defaultValue={shownValue(state, "role", defaults.role)}
        placeholder={t("chooseRole")}
        options={MANDATARY_ROLES.map((role) => ({ value: role, label: roles(role) }))}
        required
        error={error("role")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="email"
          type="email"
          label={t("email")}
          defaultValue={shownValue(state, "email", defaults.email)}
          autoComplete="off"
          required
          error={error("email")}
        />
        <TextField
          name="phone"
          type="tel"
          label={t("phone")}
          defaultValue={shownValue(state, "phone", defaults.phone)}
          autoComplete="off"
          error={error("phone")}
        />
      </div>
      <TextField
        name="portfolios"
        label={t("portfolios")}
        hint={t("portfoliosHint")}
        defaultValue={shownValue(state, "portfolios", defaults.portfolios)}
        error={error("portfolios")}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
