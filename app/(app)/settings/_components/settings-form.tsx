"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { TextArea, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownValue, fieldProps } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { SERVICE_TYPES } from "@/lib/services/schemas";
import { updateSettingsAction } from "../actions";

export function SettingsForm({
  brandColor,
  portfolios,
  keywords,
}: {
  brandColor: string;
  portfolios: string[];
  keywords: Record<string, string[]>;
}) {
  const t = useTranslations("settings");
  const types = useTranslations("serviceTypes");
  const [state, action] = useActionState<ActionState, FormData>(updateSettingsAction, null);
  const error = (name: string) => fieldError(state, name);
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-4">
      <FormAlert state={state} />
      <TextField
        {...fieldProps(state, "brandColor", brandColor)}
        label={t("brandColor")}
        hint={t("brandColorHint")}
        required
      />
      <TextArea
        {...fieldProps(state, "portfolios", portfolios.join("\n"))}
        label={t("portfolios")}
        hint={t("portfoliosHint")}
        rows={8}
      />
      <fieldset className="flex flex-col gap-3">
        <legend className="font-semibold">{t("keywords")}</legend>
        <p className="text-sm text-slate-700">{t("keywordsHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {SERVICE_TYPES.map((type) => (
            <TextField
              key={type}
              name={`keywords_${type}`}
              label={types(type)}
              defaultValue={shownValue(state, `keywords_${type}`, keywords[type]?.join(", ") ?? "")}
              error={error(`keywords_${type}`)}
            />
          ))}
        </div>
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
