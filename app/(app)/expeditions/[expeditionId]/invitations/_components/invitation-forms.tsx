"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert, SubmitButton, fieldError, shownChecked } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { resendInvitationAction, sendInvitationsAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

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
        <fieldset aria-describedby={error ? "mandataryIds-error" : undefined}>
          <legend className="font-semibold">{t("chooseMandataries")}</legend>
          {error ? (
            <p id="mandataryIds-error" className="text-sm font-medium text-red-800">
              {error}
            </p>
          ) : null}
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {candidates.map((c) => (
              <li key={c.id}>
                <label className="flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    name="mandataryIds"
                    value={c.id}
                    defaultChecked={shownChecked(state, "mandataryIds", c.id)}
                    className="h-5 w-5"
                  />
                  <span>
                    {c.name} <span className="text-slate-700">({c.role})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
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
