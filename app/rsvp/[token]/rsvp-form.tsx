"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextArea } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownChecked, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { answerAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

/** A plain form: without JavaScript it posts and the page answers with the result. */
export function RsvpForm({
  token,
  current,
  note,
}: {
  token: string;
  current: "ACCEPTED" | "DECLINED" | "MAYBE" | "PENDING";
  note: string;
}) {
  const t = useTranslations("rsvp");
  const [state, action] = useActionState<ActionState, FormData>(answerAction, null);
  const answerError = fieldError(state, "answer");
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-4">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <fieldset aria-describedby={answerError ? "answer-error" : undefined}>
        <legend className="text-lg font-semibold">{t("question")}</legend>
        {answerError ? (
          <p id="answer-error" className="text-sm font-medium text-red-800">
            {answerError}
          </p>
        ) : null}
        <div className="mt-2 flex flex-col gap-2">
          {(["ACCEPTED", "DECLINED"] as const).map((answer) => (
            <label
              key={answer}
              className="flex min-h-12 items-center gap-3 rounded border border-slate-400 bg-white px-3"
            >
              <input
                type="radio"
                name="answer"
                value={answer}
                defaultChecked={shownChecked(state, "answer", answer, current === answer)}
                className="h-5 w-5"
              />
              <span className="font-medium">{t(`answers.${answer}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea
        name="note"
        label={t("note")}
        hint={t("noteHint")}
        defaultValue={shownValue(state, "note", note)}
        rows={3}
        error={fieldError(state, "note")}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{current === "PENDING" ? t("send") : t("change")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
