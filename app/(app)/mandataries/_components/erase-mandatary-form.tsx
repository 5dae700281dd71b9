"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, fieldError } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { eraseMandataryAction } from "../actions";

export function EraseMandataryForm({ mandataryId, name }: { mandataryId: string; name: string }) {
  const t = useTranslations("mandataries");
  const [state, action] = useActionState<ActionState, FormData>(eraseMandataryAction, null);
  const error = fieldError(state, "confirm");
  return (
    <ActionForm formAction={action} state={state} className="flex flex-col gap-3 border-t border-slate-300 pt-3">
      <h3>{t("erase")}</h3>
      <p>{t("eraseExplained")}</p>
      <FormAlert state={state} />
      <input type="hidden" name="mandataryId" value={mandataryId} />
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          className="h-5 w-5"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "confirm-error" : undefined}
        />
        <span>{t("eraseConfirm", { name })}</span>
      </label>
      {error ? (
        <p id="confirm-error" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" className="btn-danger">
          {t("eraseButton", { name })}
        </button>
      </div>
    </ActionForm>
  );
}
