"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextArea, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownChecked, fieldProps } from "@/components/ui/form-status";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionState, FormAction } from "@/lib/actions";
import { removeSheetItemAction, saveCareStoryAction, saveKeyFigureAction, updateSheetAction } from "../actions";

type Texts = Record<"description" | "audience" | "challenges" | "projects" | "userParticipation", string>;

export function SheetTextForm({ serviceId, defaults }: { serviceId: string; defaults: Texts }) {
  const t = useTranslations("services");
  const [state, action] = useActionState<ActionState, FormData>(updateSheetAction, null);
  const fields: [keyof Texts, string, string][] = [
    ["description", t("sheetDescription"), t("sheetDescriptionHint")],
    ["audience", t("sheetAudience"), ""],
    ["challenges", t("sheetChallenges"), t("sheetChallengesHint")],
    ["projects", t("sheetProjects"), ""],
    ["userParticipation", t("sheetParticipation"), t("sheetParticipationHint")],
  ];
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-4" aria-labelledby="texts-heading">
      <h2 id="texts-heading">{t("sheetTexts")}</h2>
      <FormAlert state={state} />
      <input type="hidden" name="serviceId" value={serviceId} />
      {fields.map(([name, label, hint]) => (
        <TextArea
          key={name}
          {...fieldProps(state, name, defaults[name])}
          label={label}
          hint={hint || undefined}
          rows={3}
        />
      ))}
      <div>
        <SubmitButton pendingLabel={t("form.saving")}>{t("saveSheet")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/**
 * A key figure's or care story's form: its action state, and each field's id (unique on the page, as every
 * item has its own form), name, shown value and error.
 */
function useItemForm<T extends object>(save: FormAction, prefix: string, item: T | undefined) {
  const [state, action] = useActionState<ActionState, FormData>(save, null);
  const id = (name: string) => `${prefix}-${name}`;
  const field = (name: keyof T & string) => ({ id: id(name), ...fieldProps(state, name, String(item?.[name] ?? "")) });
  return { state, action, field, id };
}

interface FigureDefaults {
  id?: string;
  label: string;
  value: string;
  unit: string;
  referenceDate: string;
}

/** One key figure: the form to change it (with its own remove button), or, without an id, to add one. */
export function KeyFigureForm({
  serviceId,
  figure,
  number,
}: {
  serviceId: string;
  figure?: FigureDefaults;
  number: number;
}) {
  const t = useTranslations("services");
  const { state, action, field } = useItemForm(saveKeyFigureAction, `figure-${figure?.id ?? "new"}`, figure);
  const title = figure ? t("figureNumber", { number }) : t("newFigure");
  return (
    <div className="rounded border border-slate-300 p-4">
      <ActionForm formAction={action} state={state} className="flex flex-col gap-3" aria-label={title}>
        <h3>{title}</h3>
        <FormAlert state={state} />
        <input type="hidden" name="serviceId" value={serviceId} />
        {figure?.id ? <input type="hidden" name="itemId" value={figure.id} /> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            {...field("value")}
            label={t("figureValue")}
            hint={t("figureValueHint")}
            inputMode="decimal"
            required
          />
          <TextField {...field("unit")} label={t("figureUnit")} hint={t("figureUnitHint")} />
          <TextField {...field("label")} label={t("figureLabel")} hint={t("figureLabelHint")} required />
          <TextField {...field("referenceDate")} type="date" label={t("figureReferenceDate")} />
        </div>
        <div>
          <SubmitButton pendingLabel={t("form.saving")}>{figure ? t("saveItem") : t("addFigure")}</SubmitButton>
        </div>
      </ActionForm>
      {figure?.id ? <RemoveItemForm serviceId={serviceId} itemId={figure.id} kind="figure" name={title} /> : null}
    </div>
  );
}

interface StoryDefaults {
  id?: string;
  quote: string;
  tellerRole: string;
  tellerName: string;
  nameConsent: boolean;
  consentNote: string;
}

export function CareStoryForm({
  serviceId,
  story,
  number,
}: {
  serviceId: string;
  story?: StoryDefaults;
  number: number;
}) {
  const t = useTranslations("services");
  const { state, action, field, id } = useItemForm(saveCareStoryAction, `story-${story?.id ?? "new"}`, story);
  const title = story ? t("storyNumber", { number }) : t("newStory");
  const consentError = fieldError(state, "nameConsent");
  return (
    <div className="rounded border border-slate-300 p-4">
      <ActionForm formAction={action} state={state} className="flex flex-col gap-3" aria-label={title}>
        <h3>{title}</h3>
        <FormAlert state={state} />
        <input type="hidden" name="serviceId" value={serviceId} />
        {story?.id ? <input type="hidden" name="itemId" value={story.id} /> : null}
        <TextArea {...field("quote")} label={t("storyQuote")} required rows={3} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField {...field("tellerRole")} label={t("storyTellerRole")} hint={t("storyTellerRoleHint")} required />
          <TextField {...field("tellerName")} label={t("storyTellerName")} hint={t("storyTellerNameHint")} />
        </div>
        <div>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              id={id("nameConsent")}
              name="nameConsent"
              defaultChecked={shownChecked(state, "nameConsent", "on", story?.nameConsent ?? false)}
              aria-invalid={consentError ? true : undefined}
              aria-describedby={consentError ? `${id("nameConsent")}-error` : undefined}
              className="h-5 w-5"
            />
            <span>{t("storyConsent")}</span>
          </label>
          {consentError ? (
            <p id={`${id("nameConsent")}-error`} className="text-sm font-medium text-red-800">
              {consentError}
            </p>
          ) : null}
        </div>
        <TextField {...field("consentNote")} label={t("storyConsentNote")} hint={t("storyConsentNoteHint")} />
        <div>
          <SubmitButton pendingLabel={t("form.saving")}>{story ? t("saveItem") : t("addStory")}</SubmitButton>
        </div>
      </ActionForm>
      {story?.id ? <RemoveItemForm serviceId={serviceId} itemId={story.id} kind="story" name={title} /> : null}
    </div>
  );
}

function RemoveItemForm({
  serviceId,
  itemId,
  kind,
  name,
}: {
  serviceId: string;
  itemId: string;
  kind: "figure" | "story";
  name: string;
}) {
  const t = useTranslations("services");
  const [state, action] = useActionState<ActionState, FormData>(removeSheetItemAction, null);
  return (
    <ActionForm formAction={action} state={state} className="mt-3">
      <FormAlert state={state && !state.ok ? state : null} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="kind" value={kind} />
      <button type="submit" className="btn-danger">
        {t("removeItem", { name })}
      </button>
    </ActionForm>
  );
}
