"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert, SubmitButton, fieldError, shownChecked } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { resendInvitationAction, sendInvitationsAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup } from "@/components/ui/field";

export function InviteForm({
  expeditionId,
  programmeId,
  scopeName,
  groups,
  candidates,
}: {
  expeditionId: string;
  programmeId: string;
  scopeName: string;
  groups: { value: string; label: string }[];
  candidates: { id: string; name: string; role: string }[];
}) {
  const t = useTranslations("invitations");
  const [state, action] = useActionState<ActionState, FormData>(sendInvitationsAction, null);
  const error = fieldError(state, "mandataryIds");
  const batch = state?.ok ? state.link : undefined;
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-4" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("inviteHeading")}</h2>
      <FormAlert state={state} />
      {batch ? (
        <p>
          <Link href={batch}>{t("followSending")}</Link>
        </p>
      ) : null}
      <input type="hidden" name="expeditionId" value={expeditionId} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <p>{t("scopeIs", { scope: scopeName })}</p>
      {candidates.length === 0 ? (
        <p>{t("everyoneInvited")}</p>
      ) : (
        <>
          <CheckboxGroup
            name="groups"
            legend={t("chooseGroups")}
            hint={t("groupsHint")}
            error={fieldError(state, "groups")}
            options={groups}
            isChecked={(group) => shownChecked(state, "groups", group)}
          />
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
        </>
      )}
      <p className="text-sm text-slate-700">{t("mailExplanation")}</p>
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function ResendButton({
  invitationId,
  name,
  batchId,
}: {
  invitationId: string;
  name: string;
  batchId?: string;
}) {
  const t = useTranslations("invitations");
  const [state, action] = useActionState<ActionState, FormData>(resendInvitationAction, null);
  return (
    <ActionForm formAction={action} state={state} className="flex flex-col gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      {batchId ? <input type="hidden" name="batchId" value={batchId} /> : null}
      <button type="submit" className="btn-secondary" aria-label={t("resendTo", { name })}>
        {t("resend")}
      </button>
      <FormAlert state={state} />
    </ActionForm>
  );
}
