"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, shownChecked, fieldProps } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/actions";
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
  action: FormAction;
  defaults: MandataryDefaults;
  mandataryId?: string;
  /** The organization's portfolio list, offered as checkboxes. */
  knownPortfolios: string[];
}) {
  const t = useTranslations("mandataries.form");
  const roles = useTranslations("mandataryRoles");
  const [state, formAction] = useActionState(action, null);
  return (
    <ActionForm formAction={formAction} state={state} className="card flex flex-col gap-4">
      <FormAlert state={state} />
      {mandataryId ? <input type="hidden" name="mandataryId" value={mandataryId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...fieldProps(state, "firstName", defaults.firstName)}
          label={t("firstName")}
          autoComplete="off"
          required
        />
        <TextField
          {...fieldProps(state, "lastName", defaults.lastName)}
          label={t("lastName")}
          autoComplete="off"
          required
        />
      </div>
      <SelectField
        {...fieldProps(state, "role", defaults.role)}
        label={t("role")}
        placeholder={t("chooseRole")}
        options={MANDATARY_ROLES.map((role) => ({ value: role, label: roles(role) }))}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...fieldProps(state, "email", defaults.email)}
          type="email"
          label={t("email")}
          autoComplete="off"
          required
        />
        <TextField {...fieldProps(state, "phone", defaults.phone)} type="tel" label={t("phone")} autoComplete="off" />
      </div>
      <TextField {...fieldProps(state, "party", defaults.party)} label={t("party")} />
      {/* Portfolios the mandatary has that the list lacks stay ticked too. */}
      <CheckboxGroup
        name="portfolios"
        legend={t("portfolios")}
        hint={t("portfoliosHint")}
        options={[...new Set([...knownPortfolios, ...defaults.portfolios])].map((p) => ({ value: p, label: p }))}
        isChecked={(p) => shownChecked(state, "portfolios", p, defaults.portfolios.includes(p))}
      />
      <TextField
        {...fieldProps(state, "otherPortfolios")}
        label={t("otherPortfolios")}
        hint={t("otherPortfoliosHint")}
      />
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">{t("needs")}</legend>
        <p className="text-sm text-slate-700">{t("needsHint")}</p>
        <TextArea {...fieldProps(state, "dietaryNeeds", defaults.dietaryNeeds)} label={t("dietaryNeeds")} rows={2} />
        <TextArea {...fieldProps(state, "mobilityNeeds", defaults.mobilityNeeds)} label={t("mobilityNeeds")} rows={2} />
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
