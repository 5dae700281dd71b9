"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownChecked } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { sendPressInvitationAction } from "../actions";

export function PressInvitationForm({
  expeditionId,
  contacts,
}: {
  expeditionId: string;
  contacts: { id: string; name: string; outlet: string; email: string }[];
}) {
  const t = useTranslations("press.invitation");
  const [state, action] = useActionState<ActionState, FormData>(sendPressInvitationAction, null);
  return (
    <ActionForm
      formAction={action}
      state={state}
      className="card flex flex-col gap-4"
      aria-labelledby="press-send-heading"
    >
      <h2 id="press-send-heading">{t("sendHeading")}</h2>
      <FormAlert state={state} />
      <input type="hidden" name="expeditionId" value={expeditionId} />
      <CheckboxGroup
        name="pressContactIds"
        legend={t("chooseContacts")}
        error={fieldError(state, "pressContactIds")}
        options={contacts.map((c) => ({
          value: c.id,
          label: (
            <>
              {c.name}
              <span className="text-slate-700"> ({[c.outlet, c.email].filter(Boolean).join(", ")})</span>
            </>
          ),
        }))}
        isChecked={(id) => shownChecked(state, "pressContactIds", id)}
      />
      <p className="text-sm text-slate-700">{t("mailExplanation")}</p>
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
