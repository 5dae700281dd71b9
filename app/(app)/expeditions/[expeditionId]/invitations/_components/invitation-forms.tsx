"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert, SubmitButton, fieldError, shownChecked } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { resendInvitationAction, sendInvitationsAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup } from "@/components/ui/field";

export function InviteForm({
  expeditionId,
  candidates,
}: {
  expeditionId: string;
  candidates: { id: string; name: string; role: string }[];
}) {
  const t = useTranslations("invitations");
  const [state, action] = useActionState<ActionState, FormData>(sendInvitationsAction, null);
  const error = fieldError(state, "mandataryIds");
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-4" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("inviteHeading")}</h2>
      <FormAlert state={state} />
      <input type="hidden" name="expeditionId" value={expeditionId} />
      {candidates.length === 0 ? (
        <p>{t("everyoneInvited")}</p>
      ) : (
        <CheckboxGroup
          name="mandataryIds"
          legend={t("chooseMandataries")}
          error={error}
          options={candidates.map((c) => ({
            value: c.id,
            label: (
              <>
                {c.name} <span className="text-slate-700">({c.role})</span>
              </>
            ),
          }))}
          isChecked={(id) => shownChecked(state, "mandataryIds", id)}
        />
      )}
      <p className="text-sm text-slate-700">{t("mailExplanation")}</p>
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function ResendButton({ invitationId, name }: { invitationId: string; name: string }) {
  const t = useTranslations("invitations");
  const [state, action] = useActionState<ActionState, FormData>(resendInvitationAction, null);
  return (
    <ActionForm formAction={action} state={state} className="flex flex-col gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" className="btn-secondary" aria-label={t("resendTo", { name })}>
        {t("resend")}
      </button>
      <FormAlert state={state} />
    </ActionForm>
  );
}
