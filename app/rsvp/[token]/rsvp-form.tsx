"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useSyncExternalStore } from "react";
import { TextArea, TextField, describedBy } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownChecked, shownValue } from "@/components/ui/form-status";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/actions";
import { RSVP_ANSWERS } from "@/lib/invitations/schemas";
import { answerAction } from "./actions";

export interface ChoiceGroup {
  id: string;
  heading: string;
  options: {
    id: string;
    label: string;
    detail: string;
    places: string;
    picked: boolean;
    disabled: boolean;
    /** Options that cannot be picked together with this one. */
    clashesWith: string[];
  }[];
}

const noSubscription = () => () => {};

/** A plain form: without JavaScript it posts and the page answers with the result. */
export function RsvpForm({
  token,
  current,
  choices,
}: {
  token: string;
  current: {
    status: "ACCEPTED" | "DECLINED" | "MAYBE" | "PENDING";
    note: string;
    companionName: string;
    dietaryNeeds: string;
    mobilityNeeds: string;
  };
  choices: ChoiceGroup[];
}) {
  const t = useTranslations("rsvp");
  const [state, action] = useActionState<ActionState, FormData>(answerAction, null);
  const answerError = fieldError(state, "answer");
  const picksError = fieldError(state, "stopIds");
  const options = choices.flatMap((group) => group.options);
  // With JavaScript, an option that clashes with one already ticked cannot be ticked; the server checks either way.
  const [ticked, setTicked] = useState(
    () => new Set(options.filter((o) => shownChecked(state, "stopIds", o.id, o.picked)).map((o) => o.id)),
  );
  // Only once scripts run: without them a blocked box could not be freed by unticking the other one first.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const blockedBy = (option: (typeof options)[number]) =>
    !scripted || ticked.has(option.id)
      ? undefined
      : options.find((other) => ticked.has(other.id) && option.clashesWith.includes(other.id));
  const toggle = (id: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const text = (name: "note" | "companionName" | "dietaryNeeds" | "mobilityNeeds") => ({
    name,
    defaultValue: shownValue(state, name, current[name]),
    error: fieldError(state, name),
  });
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-5">
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
          {RSVP_ANSWERS.map((answer) => (
            <label
              key={answer}
              className="flex min-h-12 items-center gap-3 rounded border border-slate-400 bg-white px-3"
            >
              <input
                type="radio"
                name="answer"
                value={answer}
                defaultChecked={shownChecked(state, "answer", answer, current.status === answer)}
                className="h-5 w-5"
              />
              <span className="font-medium">{t(`answers.${answer}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {choices.map((group, index) => {
        // The error of the picks is shown with the first group, and every group points to it.
        const errorId = picksError ? "stopIds-error" : undefined;
        return (
          <fieldset key={group.id} aria-describedby={describedBy("stopIds", errorId, t("chooseHint"))}>
            <legend className="text-lg font-semibold">{group.heading}</legend>
            {index === 0 ? (
              <>
                <p id="stopIds-hint" className="text-sm text-slate-700">
                  {t("chooseHint")}
                </p>
                {picksError ? (
                  <p id="stopIds-error" className="text-sm font-medium text-red-800">
                    {picksError}
                  </p>
                ) : null}
              </>
            ) : null}
            <ul className="mt-2 flex flex-col gap-2">
              {group.options.map((option) => {
                const blocker = blockedBy(option);
                return (
                  <li key={option.id}>
                    <label className="flex min-h-12 items-start gap-3 rounded border border-slate-400 bg-white p-3">
                      <input
                        type="checkbox"
                        name="stopIds"
                        value={option.id}
                        disabled={option.disabled || blocker !== undefined}
                        defaultChecked={shownChecked(state, "stopIds", option.id, option.picked)}
                        onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                        className="mt-1 h-5 w-5 shrink-0"
                      />
                      <span>
                        <span className="block font-medium">{option.label}</span>
                        {option.detail ? <span className="block text-slate-700">{option.detail}</span> : null}
                        {option.places ? <span className="block text-sm text-slate-700">{option.places}</span> : null}
                        {blocker ? (
                          <span className="block text-sm font-medium text-slate-800">
                            {t("clashesWith", { option: blocker.label })}
                          </span>
                        ) : null}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      <TextField {...text("companionName")} label={t("companion")} hint={t("companionHint")} autoComplete="off" />
      <TextArea {...text("dietaryNeeds")} label={t("dietary")} hint={t("needsHint")} rows={2} />
      <TextArea {...text("mobilityNeeds")} label={t("mobility")} rows={2} />
      <TextArea {...text("note")} label={t("note")} hint={t("noteHint")} rows={3} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{current.status === "PENDING" ? t("send") : t("change")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
