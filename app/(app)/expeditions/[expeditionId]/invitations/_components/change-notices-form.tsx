"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { describedBy } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldError, shownChecked } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { sendChangeNoticesAction } from "../actions";

export function ChangeNoticesForm({
  expeditionId,
  people,
}: {
  expeditionId: string;
  people: { id: string; name: string; status: string; lines: string[] }[];
}) {
  const t = useTranslations("invitations");
  const [state, action] = useActionState<ActionState, FormData>(sendChangeNoticesAction, null);
  const error = fieldError(state, "invitationIds");
  return (
    <ActionForm
      formAction={action}
      state={state}
      className="card flex flex-col gap-4"
      aria-labelledby="changes-heading"
    >
      <h2 id="changes-heading">{t("changesHeading")}</h2>
      <FormAlert state={state} />
      <input type="hidden" name="expeditionId" value={expeditionId} />
      {people.length === 0 ? (
        <p>{t("noChanges")}</p>
      ) : (
        <>
          <fieldset aria-describedby={describedBy("invitationIds", error)}>
            <legend className="font-semibold">{t("changesWho")}</legend>
            {error ? (
              <p id="invitationIds-error" className="text-sm font-medium text-red-800">
                {error}
              </p>
            ) : null}
            <ul className="mt-2 flex flex-col gap-3">
              {people.map((person) => (
                <li key={person.id} className="rounded border border-slate-300 p-3">
                  <label className="flex items-center gap-2 font-medium">
                    <input
                      type="checkbox"
                      name="invitationIds"
                      value={person.id}
                      defaultChecked={shownChecked(state, "invitationIds", person.id, true)}
                      className="h-5 w-5"
                    />
                    {person.name} ({person.status})
                  </label>
                  <ul className="mt-1 list-disc pl-8 text-sm">
                    {person.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </fieldset>
          <div>
            <SubmitButton pendingLabel={t("sending")}>{t("sendChanges")}</SubmitButton>
          </div>
        </>
      )}
    </ActionForm>
  );
}
