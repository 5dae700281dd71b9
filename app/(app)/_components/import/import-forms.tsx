"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FileField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import type { ImportKind } from "@/lib/import/fields";
import { confirmImportAction, uploadImportAction } from "./actions";

const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function UploadForm({ kind }: { kind: ImportKind }) {
  const t = useTranslations("import");
  const [state, action] = useActionState<ActionState, FormData>(uploadImportAction, null);
  const error = fieldError(state, "file");
  return (
    <ActionForm formAction={action} state={state} className="card flex flex-col gap-4">
      <FormAlert state={state} />
      <input type="hidden" name="kind" value={kind} />
      <FileField name="file" label={t("file")} hint={t("fileHint")} error={error} accept={ACCEPT} />
      <div>
        <SubmitButton pendingLabel={t("uploading")}>{t("upload")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** The import button: the draft and the mapping the preview was made with. */
export function ConfirmForm({
  kind,
  draftId,
  mapping,
  count,
}: {
  kind: ImportKind;
  draftId: string;
  mapping: Record<string, string>;
  count: number;
}) {
  const t = useTranslations("import");
  const [state, action] = useActionState<ActionState, FormData>(confirmImportAction, null);
  return (
    <ActionForm formAction={action} state={state} className="flex flex-col gap-3">
      <FormAlert state={state} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="draftId" value={draftId} />
      {Object.entries(mapping).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p>{t("confirmHint")}</p>
      <div>
        <SubmitButton pendingLabel={t("confirming")}>{t("confirm", { count })}</SubmitButton>
      </div>
    </ActionForm>
  );
}
