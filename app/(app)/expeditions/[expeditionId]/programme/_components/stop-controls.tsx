"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/actions";
import { MOVE_DIRECTIONS } from "@/lib/programme/schemas";
import { moveStopAction, removeStopAction } from "../actions";

/** Earlier, later and remove: small forms, so the keyboard and no-JavaScript ways are the same as the mouse. */
export function StopControls({
  stopId,
  version,
  label,
  first,
  last,
  picks,
}: {
  stopId: string;
  /** Mandataries' picks of this option: removing it removes them, so the form asks. */
  picks: number;
  version: number;
  label: string;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("programme");
  const [moveState, move] = useActionState<ActionState, FormData>(moveStopAction, null);
  const [removeState, remove] = useActionState<ActionState, FormData>(removeStopAction, null);
  const error = [moveState, removeState].find((s) => s && !s.ok);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {MOVE_DIRECTIONS.map((direction) =>
        (direction === "earlier" ? first : last) ? null : (
          <ActionForm key={direction} formAction={move} state={moveState}>
            <input type="hidden" name="stopId" value={stopId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="direction" value={direction} />
            <button type="submit" className="btn-secondary" aria-label={t(`move.${direction}Label`, { stop: label })}>
              {t(`move.${direction}`)}
            </button>
          </ActionForm>
        ),
      )}
      <ActionForm formAction={remove} state={removeState}>
        <input type="hidden" name="stopId" value={stopId} />
        <input type="hidden" name="version" value={version} />
        {picks > 0 ? (
          <label className="mr-2 inline-flex min-h-11 items-center gap-2">
            <input type="checkbox" name="confirm" />
            {t("removeWithPicks", { count: picks })}
          </label>
        ) : null}
        <button type="submit" className="btn-danger" aria-label={t("removeStop", { stop: label })}>
          {t("remove")}
        </button>
      </ActionForm>
      {error && !error.ok ? (
        <p role="alert" className="w-full font-medium text-red-800">
          {error.error}
        </p>
      ) : null}
    </div>
  );
}
