"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownChecked, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { MANDATARY_ROLES } from "@/lib/mandataries/schemas";
import { ActionForm } from "@/components/ui/action-form";

export interface MandataryDefaults {
  firstName: string;
  lastName: string;
  role: string;
  email: string;
  phone: string;
  party: string;
  portfolios: string[];
  dietaryNeeds: string;
  mobilityNeeds: string;
}

export const EMPTY_MANDATARY: MandataryDefaults = {
  firstName: "",
  lastName: "",
  role: "",
  email: "",
  phone: "",
  party: "",
  portfolios: [],
  dietaryNeeds: "",
  mobilityNeeds: "",
};

export function MandataryForm({
  action,
  defaults,
  mandataryId,
  knownPortfolios,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: MandataryDefaults;
  mandataryId?: string;
  /** The organization's portfolio list, offered as checkboxes. */
  knownPortfolios: string[];
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
        name="party"
        label={t("party")}
        defaultValue={shownValue(state, "party", defaults.party)}
        error={error("party")}
      />
      {/* Portfolios the mandatary has that the list lacks stay ticked too. */}
      <CheckboxGroup
        name="portfolios"
        legend={t("portfolios")}
        hint={t("portfoliosHint")}
        options={[...new Set([...knownPortfolios, ...defaults.portfolios])].map((p) => ({ value: p, label: p }))}
        isChecked={(p) => shownChecked(state, "portfolios", p, defaults.portfolios.includes(p))}
      />
      <TextField
        name="otherPortfolios"
        label={t("otherPortfolios")}
        hint={t("otherPortfoliosHint")}
        defaultValue={shownValue(state, "otherPortfolios")}
        error={error("otherPortfolios")}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">{t("needs")}</legend>
        <p className="text-sm text-slate-700">{t("needsHint")}</p>
        <TextArea
          name="dietaryNeeds"
          label={t("dietaryNeeds")}
          defaultValue={shownValue(state, "dietaryNeeds", defaults.dietaryNeeds)}
          error={error("dietaryNeeds")}
          rows={2}
        />
        <TextArea
          name="mobilityNeeds"
          label={t("mobilityNeeds")}
          defaultValue={shownValue(state, "mobilityNeeds", defaults.mobilityNeeds)}
          error={error("mobilityNeeds")}
          rows={2}
        />
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
