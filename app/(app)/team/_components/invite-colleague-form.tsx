"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup, SelectField, TextField } from "@/components/ui/field";
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
      <CheckboxGroup
        name="serviceIds"
        legend={t("services")}
        hint={t("servicesHint")}
        error={servicesError}
        options={services.map((s) => ({ value: s.id, label: s.name }))}
        isChecked={(id) => shownChecked(state, "serviceIds", id)}
      />
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("invite")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
