"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, SubmitButton, shownChecked } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { savePicksAction } from "../actions";

interface OptionGroup {
  programme: string;
  options: { id: string; label: string; full: boolean }[];
}

/** The coordinator records a mandatary's picks, e.g. after a phone call. */
export function PicksForm({
  expeditionId,
  mandatary,
  groups,
  picked,
}: {
  expeditionId: string;
  mandatary: { id: string; name: string };
  groups: OptionGroup[];
  picked: string[];
}) {
  const t = useTranslations("programme");
  const [state, action] = useActionState<ActionState, FormData>(savePicksAction, null);
  return (
    <ActionForm
      formAction={action}
      state={state}
      className="flex flex-col gap-3"
      aria-label={t("picksFor", { name: mandatary.name })}
    >
      <FormAlert state={state} />
      <input type="hidden" name="expeditionId" value={expeditionId} />
      <input type="hidden" name="mandataryId" value={mandatary.id} />
      {groups.map((group) => (
        <fieldset key={group.programme}>
          <legend className="font-semibold">{group.programme}</legend>
          <ul className="mt-1 grid gap-1 sm:grid-cols-2">
            {group.options.map((option) => (
              <li key={option.id}>
                <label className="flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    name="stopIds"
                    value={option.id}
                    defaultChecked={shownChecked(state, "stopIds", option.id, picked.includes(option.id))}
                  />
                  <span>
                    {option.label}
                    {option.full ? <span className="ml-1 font-semibold">({t("full")})</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("savePicks")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
