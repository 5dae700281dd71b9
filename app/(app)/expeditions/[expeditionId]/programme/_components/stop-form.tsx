"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert, SubmitButton, fieldProps, shownChecked } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions";
import { checkProgramme, type Finding } from "@/lib/programme/checks";
import {
  STOP_KINDS,
  TRAVEL_MODES,
  inTimeOrder,
  minutesOf,
  type PlanProgramme,
  type PlanService,
  type PlanStop,
  type Point,
  type StopKind,
  type TravelMode,
} from "@/lib/programme/plan";
import type { RoutedMinutes } from "@/lib/programme/travel";
import type { StopValues } from "@/lib/programme/form-values";
import { saveStopAction } from "../actions";
import { FindingsList } from "./findings-list";

export interface ServiceChoice extends PlanService {
  point: Point;
}

const DRAFT_ID = "draft";
const read = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const time = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The stop as typed, in the shape the checks take; null while the times are not valid yet. */
function draftStop(
  form: FormData,
  plan: PlanProgramme,
  services: ServiceChoice[],
  programmeMode: TravelMode,
  editedId?: string,
): PlanStop | null {
  const [startTime, endTime] = [read(form, "startTime"), read(form, "endTime")];
  if (!time.test(startTime) || !time.test(endTime) || endTime <= startTime) return null;
  const service = services.find((s) => s.id === read(form, "serviceId")) ?? null;
  const latitude = Number(read(form, "latitude").replace(",", "."));
  const longitude = Number(read(form, "longitude").replace(",", "."));
  const ownPoint =
    read(form, "latitude") && read(form, "longitude") && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? { latitude, longitude }
      : null;
  const ownPlace = Boolean(ownPoint || read(form, "placeName") || read(form, "street"));
  const start = minutesOf(startTime);
  // The same rule as stopPlaces (lib/programme/places.ts): without a place of its own, where the group was.
  const previous = inTimeOrder(plan.stops.filter((s) => s.id !== editedId && !s.isOption && s.start < start)).at(-1);
  const minutes = read(form, "travelMinutes");
  const kind = (read(form, "kind") || "VISIT") as StopKind;
  return {
    id: editedId ?? DRAFT_ID,
    kind,
    label: [service?.name, read(form, "title")].filter(Boolean).join(" — ") || "…",
    start,
    end: minutesOf(endTime),
    point: ownPlace ? ownPoint : (service?.point ?? previous?.point ?? null),
    atService: !ownPlace && service !== null,
    service,
    isOption: plan.kind === "CHOICE" && form.get("isOption") === "on",
    capacity: /^\d+$/.test(read(form, "capacity")) ? Number(read(form, "capacity")) : null,
    travelMode: (read(form, "travelMode") || programmeMode) as TravelMode,
    travelMinutes: /^\d+$/.test(minutes) ? Number(minutes) : null,
    chosenBy: plan.stops.find((s) => s.id === editedId)?.chosenBy ?? 0,
  };
}

/**
 * Adds or edits a stop. While the coordinator types, the same checks the server runs on saving show what this
 * stop would break; without JavaScript the server's answer says it.
 */
export function StopForm({
  plan,
  programmeMode,
  version,
  services,
  routed,
  stop,
  label,
}: {
  plan: PlanProgramme;
  programmeMode: TravelMode;
  version: number;
  services: ServiceChoice[];
  routed: [string, { minutes: number; distanceKm: number }][];
  stop?: StopValues;
  /** The stop as the timeline names it ("14:00 Woonzorgcentrum De Linde — Ronde 2"). */
  label?: string;
}) {
  const t = useTranslations("programme");
  const tm = useTranslations("programme.modes");
  const tk = useTranslations("programme.kinds");
  const [state, action] = useActionState<ActionState, FormData>(saveStopAction, null);
  const [live, setLive] = useState<Finding[] | null>(null);
  const routes: RoutedMinutes = useMemo(() => new Map(routed), [routed]);
  const prefix = stop ? `stop-${stop.id}` : `new-stop-${plan.id}`;
  const field = (name: keyof StopValues) => ({
    ...fieldProps(state, name, stop ? String(stop[name]) : ""),
    id: `${prefix}-${name}`,
  });

  function recheck(form: HTMLFormElement) {
    const draft = draftStop(new FormData(form), plan, services, programmeMode, stop?.id);
    if (!draft) return setLive(null);
    const others = plan.stops.filter((s) => s.id !== draft.id);
    const findings = checkProgramme({ ...plan, stops: [...others, draft] }, routes);
    setLive(findings.filter((f) => f.stopIds.includes(draft.id)));
  }

  const heading = stop ? t("editStopHeading", { stop: label ?? stop.startTime }) : t("addStop");
  return (
    <ActionForm
      // A new version (a save here or elsewhere) builds the fields afresh from their values: after a stale save
      // those are the merged ones, which fields the browser already filled would otherwise not show.
      key={version}
      formAction={action}
      state={state}
      className="flex flex-col gap-3"
      aria-label={heading}
      onChange={(event) => recheck(event.currentTarget)}
    >
      <FormAlert state={state} />
      <input type="hidden" name="programmeId" value={plan.id} />
      <input type="hidden" name="version" value={version} />
      {stop ? <input type="hidden" name="stopId" value={stop.id} /> : null}
      {/* What the form was built with: after a stale save, only the fields changed here are kept. */}
      {stop ? <input type="hidden" name="original" value={JSON.stringify(stop)} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          {...field("kind")}
          label={t("kind")}
          defaultValue={fieldProps(state, "kind", stop?.kind ?? "VISIT").defaultValue}
          options={STOP_KINDS.map((kind) => ({ value: kind, label: tk(kind) }))}
        />
        <SelectField
          {...field("serviceId")}
          label={t("service")}
          hint={t("serviceHint")}
          placeholder={t("noService")}
          options={services.map((s) => ({ value: s.id, label: s.name }))}
        />
        <TextField {...field("title")} label={t("stopTitle")} hint={t("stopTitleHint")} />
        <div className="grid grid-cols-2 gap-3">
          <TextField {...field("startTime")} type="time" label={t("start")} required />
          <TextField {...field("endTime")} type="time" label={t("end")} required />
        </div>
      </div>
      <TextArea {...field("activity")} rows={2} label={t("activity")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...field("handsOnTask")} label={t("handsOnTask")} hint={t("handsOnTaskHint")} />
        <TextField {...field("welcomedBy")} label={t("welcomedBy")} hint={t("welcomedByHint")} />
        <TextField {...field("userParticipation")} label={t("userParticipation")} hint={t("userParticipationHint")} />
        <TextField {...field("notes")} label={t("notes")} hint={t("notesHint")} />
      </div>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">{t("place")}</legend>
        <p className="text-sm text-slate-700">{t("placeHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField {...field("placeName")} label={t("placeName")} />
          <TextField {...field("street")} label={t("street")} />
          <TextField {...field("postalCode")} label={t("postalCode")} inputMode="numeric" />
          <TextField {...field("city")} label={t("city")} />
          <TextField {...field("latitude")} label={t("latitude")} inputMode="decimal" />
          <TextField {...field("longitude")} label={t("longitude")} inputMode="decimal" />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">{t("travelThere")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            {...field("travelMode")}
            label={t("travelMode")}
            placeholder={t("programmeMode", { mode: tm(programmeMode) })}
            options={TRAVEL_MODES.map((mode) => ({ value: mode, label: tm(mode) }))}
          />
          <TextField
            {...field("travelMinutes")}
            label={t("travelMinutes")}
            hint={t("travelMinutesHint")}
            inputMode="numeric"
          />
        </div>
      </fieldset>
      {plan.kind === "CHOICE" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="isOption"
              defaultChecked={shownChecked(state, "isOption", "on", stop ? stop.isOption === "on" : true)}
            />
            {t("isOption")}
          </label>
          <TextField {...field("capacity")} label={t("capacity")} hint={t("capacityHint")} inputMode="numeric" />
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        {stop ? (
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="shiftLater" defaultChecked={shownChecked(state, "shiftLater", "on")} />
            {t("shiftLater")}
          </label>
        ) : null}
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="saveAnyway" defaultChecked={shownChecked(state, "saveAnyway", "on")} />
          {t("saveAnyway")}
        </label>
      </div>
      <div aria-live="polite" className="flex flex-col gap-2">
        {live && live.length > 0 ? (
          <>
            <p className="font-semibold">{t("liveChecks")}</p>
            <FindingsList findings={live} linkStops={false} />
          </>
        ) : live ? (
          <p>{t("liveChecksFine")}</p>
        ) : null}
      </div>
      <div>
        <SubmitButton pendingLabel={t("saving")}>{stop ? t("saveStop") : t("addStop")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
