"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState, useRef, startTransition } from "react";
import { useForm } from "react-hook-form";
import { FormPendingContext } from "@/components/ui/action-form";
import { FieldShell, describedBy, inputClass } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownValue } from "@/components/ui/form-status";
import type { FormAction } from "@/lib/actions";
import { expeditionSchema } from "@/lib/expeditions/schemas";

type Values = Record<
  | "title"
  | "firstDay"
  | "lastDay"
  | "contactName"
  | "contactEmail"
  | "contactPhone"
  | "practicalNotes"
  | "rsvpDeadlineDay"
  | "rsvpDeadlineTime"
  | "aftercareEndsOn"
  | "videoUrl"
  | "reminderDays"
  | "deadlineReminderDays",
  string
>;

/** Checked in the browser first (same zod schema), then by the server action; without JavaScript only by the server. */
export function ExpeditionForm({
  action,
  defaults,
  expeditionId,
}: {
  action: FormAction;
  defaults: Values;
  expeditionId?: string;
}) {
  const t = useTranslations("expeditions.form");
  const tv = useTranslations("validation");
  const [state, formAction, pending] = useActionState(action, null);
  // After a server-side error the fields show what was submitted, not the saved values.
  const shown = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, shownValue(state, k, v)])) as Values;
  const formRef = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(expeditionSchema) as never, defaultValues: defaults, mode: "onSubmit" });

  const error = (name: keyof Values) => {
    const key = errors[name]?.message;
    return key ? (tv.has(key) ? tv(key) : tv("fieldInvalid")) : fieldError(state, name);
  };
  const clientInvalid = Object.keys(errors).length > 0;

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(event) => handleSubmit(() => startTransition(() => formAction(new FormData(formRef.current!))))(event)}
      className="card flex flex-col gap-4"
    >
      {clientInvalid ? (
        <p role="alert" className="rounded border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
          {tv("formInvalid")}
        </p>
      ) : (
        <FormAlert state={state} />
      )}
      {expeditionId ? <input type="hidden" name="expeditionId" value={expeditionId} /> : null}
      <RegisteredField
        register={register}
        defaults={shown}
        name="title"
        label={t("title")}
        error={error("title")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <RegisteredField
          register={register}
          defaults={shown}
          name="firstDay"
          type="date"
          label={t("firstDay")}
          error={error("firstDay")}
          required
        />
        <RegisteredField
          register={register}
          defaults={shown}
          name="lastDay"
          type="date"
          label={t("lastDay")}
          error={error("lastDay")}
          required
        />
      </div>
      <fieldset className="flex flex-col gap-4">
        <legend className="font-semibold">{t("contact")}</legend>
        <RegisteredField
          register={register}
          defaults={shown}
          name="contactName"
          label={t("contactName")}
          error={error("contactName")}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <RegisteredField
            register={register}
            defaults={shown}
            name="contactEmail"
            type="email"
            label={t("contactEmail")}
            error={error("contactEmail")}
            required
          />
          <RegisteredField
            register={register}
            defaults={shown}
            name="contactPhone"
            type="tel"
            label={t("contactPhone")}
            error={error("contactPhone")}
          />
        </div>
      </fieldset>
      <FieldShell name="practicalNotes" label={t("practicalNotes")} hint={t("practicalNotesHint")}>
        <textarea
          id="practicalNotes"
          rows={3}
          defaultValue={shown.practicalNotes}
          {...register("practicalNotes")}
          aria-describedby={describedBy("practicalNotes", undefined, t("practicalNotesHint"))}
          className={inputClass}
        />
      </FieldShell>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="font-semibold">{t("deadline")}</legend>
        <RegisteredField
          register={register}
          defaults={shown}
          name="rsvpDeadlineDay"
          type="date"
          label={t("deadlineDay")}
          error={error("rsvpDeadlineDay")}
          required
        />
        <RegisteredField
          register={register}
          defaults={shown}
          name="rsvpDeadlineTime"
          type="time"
          label={t("deadlineTime")}
          error={error("rsvpDeadlineTime")}
          required
        />
      </fieldset>
      <RegisteredField
        register={register}
        defaults={shown}
        name="aftercareEndsOn"
        type="date"
        label={t("aftercareEndsOn")}
        hint={t("aftercareEndsOnHint")}
        error={error("aftercareEndsOn")}
      />
      <RegisteredField
        register={register}
        defaults={shown}
        name="videoUrl"
        type="url"
        label={t("videoUrl")}
        hint={t("videoUrlHint")}
        error={error("videoUrl")}
      />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="font-semibold">{t("reminders")}</legend>
        <RegisteredField
          register={register}
          defaults={shown}
          name="reminderDays"
          inputMode="numeric"
          label={t("reminderDays")}
          hint={t("reminderDaysHint")}
          error={error("reminderDays")}
        />
        <RegisteredField
          register={register}
          defaults={shown}
          name="deadlineReminderDays"
          inputMode="numeric"
          label={t("deadlineReminderDays")}
          hint={t("deadlineReminderDaysHint")}
          error={error("deadlineReminderDays")}
        />
      </fieldset>
      <div>
        <FormPendingContext.Provider value={pending}>
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        </FormPendingContext.Provider>
      </div>
    </form>
  );
}

function RegisteredField({
  register,
  defaults,
  name,
  label,
  hint,
  error,
  required,
  type = "text",
  inputMode,
}: {
  register: ReturnType<typeof useForm<Values>>["register"];
  defaults: Values;
  name: keyof Values;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  type?: "text" | "email" | "date" | "time" | "tel" | "url";
  inputMode?: "numeric";
}) {
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} required={required}>
      <input
        id={name}
        type={type}
        inputMode={inputMode}
        defaultValue={defaults[name]}
        {...register(name)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={inputClass}
      />
    </FieldShell>
  );
}
