"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { removePressContactAction } from "../actions";

export function RemovePressContactButton({ pressContactId, name }: { pressContactId: string; name: string }) {
  const t = useTranslations("press");
  const [state, action] = useActionState<ActionState, FormData>(removePressContactAction, null);
  return (
    <ActionForm formAction={action} state={state} className="flex flex-col gap-1">
      <input type="hidden" name="pressContactId" value={pressContactId} />
      <button type="submit" className="btn-secondary" aria-label={t("removeLabel", { name })}>
        {t("remove")}
      </button>
      <FormAlert state={state} />
    </ActionForm>
  );
}
