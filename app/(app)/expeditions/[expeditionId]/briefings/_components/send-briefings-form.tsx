"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, SubmitButton } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { sendBriefingsAction } from "../actions";

export function SendBriefingsForm({ expeditionId }: { expeditionId: string }) {
  const t = useTranslations("briefings");
  const [state, action] = useActionState<ActionState, FormData>(sendBriefingsAction, null);
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-4" aria-labelledby="send-heading">
      <h2 id="send-heading">{t("sendHeading")}</h2>
      <FormAlert state={state} />
      <input type="hidden" name="expeditionId" value={expeditionId} />
      <p className="text-sm text-slate-700">{t("sendExplanation")}</p>
      <div>
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
