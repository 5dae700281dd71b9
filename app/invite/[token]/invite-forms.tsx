"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { acceptInviteAction, joinWithExistingAccountAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export function AcceptInviteForm({ token, existingAccount }: { token: string; existingAccount: boolean }) {
  const t = useTranslations("acceptInvite");
  const [state, action] = useActionState<ActionState, FormData>(
    existingAccount ? joinWithExistingAccountAction : acceptInviteAction,
    null,
  );
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-4">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      {existingAccount ? (
        <p>{t("existingAccount")}</p>
      ) : (
        <>
          <TextField
            name="name"
            label={t("name")}
            autoComplete="name"
            defaultValue={shownValue(state, "name")}
            required
            error={fieldError(state, "name")}
          />
          <TextField
            name="password"
            type="password"
            label={t("password")}
            hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            error={fieldError(state, "password")}
          />
        </>
      )}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{existingAccount ? t("join") : t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
