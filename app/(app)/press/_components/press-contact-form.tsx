"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldProps } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/actions";

export interface PressContactDefaults {
  name: string;
  outlet: string;
  email: string;
  phone: string;
}

export const EMPTY_PRESS_CONTACT: PressContactDefaults = { name: "", outlet: "", email: "", phone: "" };

/** Adds a press contact (no id) or edits one. */
export function PressContactForm({
  action,
  defaults,
  pressContactId,
  heading,
  submitLabel,
}: {
  action: FormAction;
  defaults: PressContactDefaults;
  pressContactId?: string;
  heading?: string;
  submitLabel: string;
}) {
  const t = useTranslations("press");
  const [state, formAction] = useActionState(action, null);
  return (
    <ActionForm
      formAction={formAction}
      state={state}
      className="card flex flex-col gap-4"
      aria-labelledby={heading ? "press-contact-heading" : undefined}
    >
      {heading ? <h2 id="press-contact-heading">{heading}</h2> : null}
      <FormAlert state={state} />
      {pressContactId ? <input type="hidden" name="pressContactId" value={pressContactId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...fieldProps(state, "name", defaults.name)} label={t("name")} autoComplete="off" required />
        <TextField {...fieldProps(state, "outlet", defaults.outlet)} label={t("outlet")} hint={t("outletHint")} />
        <TextField
          {...fieldProps(state, "email", defaults.email)}
          type="email"
          label={t("email")}
          autoComplete="off"
          required
        />
        <TextField {...fieldProps(state, "phone", defaults.phone)} type="tel" label={t("phone")} autoComplete="off" />
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
      </div>
    </ActionForm>
  );
}
