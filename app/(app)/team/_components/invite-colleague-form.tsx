"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownChecked, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { ROLES } from "@/lib/team/schemas";
import { inviteColleagueAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export function InviteColleagueForm({ services }: { services: { id: string; name: string }[] }) {
  const t = useTranslations("team");
  const roles = useTranslations("roles");
  const [state, action] = useActionState<ActionState, FormData>(inviteColleagueAction, null);
  const servicesError = fieldError(state, "serviceIds");
  return (
    <ActionForm
      formAction={action}
      state={state}
      className="card flex flex-col gap-4"
      aria-labelledby="invite-colleague-heading"
    >
      <h2 id="invite-colleague-heading">{t("inviteHeading")}</h2>
      <FormAlert state={state} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        defaultValue={shownValue(state, "email")}
        required
        error={fieldError(state, "email")}
      />
      <SelectField
        name="role"
        label={t("role")}
        placeholder={t("chooseRole")}
        defaultValue={shownValue(state, "role")}
        options={ROLES.map((r) => ({ value: r, label: roles(r) }))}
        required
        error={fieldError(state, "role")}
      />
      <fieldset aria-describedby={servicesError ? "serviceIds-error" : "serviceIds-hint"}>
        <legend className="font-semibold">{t("services")}</legend>
        <p id="serviceIds-hint" className="text-sm text-slate-700">
          {t("servicesHint")}
        </p>
        {servicesError ? (
          <p id="serviceIds-error" className="text-sm font-medium text-red-800">
            {servicesError}
          </p>
        ) : null}
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {services.map((s) => (
            <li key={s.id}>
              <label className="flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  name="serviceIds"
                  value={s.id}
                  defaultChecked={shownChecked(state, "serviceIds", s.id)}
                  className="h-5 w-5"
                />
                {s.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("invite")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
