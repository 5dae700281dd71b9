import { z } from "zod";
import {
  checkbox,
  coordinate,
  dayField,
  idField,
  idList,
  optionalCount,
  optionalText,
  plainText,
  requiredText,
  timeField,
} from "@/lib/validation";
import { CONCEPTS } from "./concepts";
import { PROGRAMME_KINDS, STOP_KINDS, TRAVEL_MODES } from "./plan";

/** The most services a concept pre-fills. */
export const MAX_CONCEPT_SERVICES = 30;

export const MOVE_DIRECTIONS = ["earlier", "later"] as const;

const kindField = z.enum(PROGRAMME_KINDS, "programmeKindRequired");
const travelModeField = z.enum(TRAVEL_MODES, "travelModeRequired");
/** The version of the programme the form was built from (optimistic concurrency). */
const versionField = z.coerce.number("notFound").int("notFound").min(1, "notFound");
const emptyToNull = (v: unknown) => (v === "" ? null : v);

export const newProgrammeSchema = z
  .object({
    expeditionId: idField,
    name: requiredText(120, "programmeNameRequired"),
    day: dayField,
    concept: z.enum(CONCEPTS, "conceptRequired").optional().default("CUSTOM"),
    kind: kindField.optional().default("FIXED"),
    startTime: z.preprocess((v) => (v === "" || v === undefined ? "09:00" : v), timeField),
    // A speed date makes a round per service for every service: 30 is a long morning already.
    serviceIds: idList
      .pipe(z.array(idField).max(MAX_CONCEPT_SERVICES, "tooManyServices"))
      .transform((ids) => [...new Set(ids)]),
    roundMinutes: optionalCount(5, 60, "roundMinutesInvalid").transform((v) => v ?? 10),
    wholeDay: checkbox,
  })
  .refine((v) => v.concept === "CUSTOM" || v.serviceIds.length > 0, {
    path: ["serviceIds"],
    message: "conceptNeedsServices",
  });

export const programmeSettingsSchema = z.object({
  programmeId: idField,
  version: versionField,
  name: requiredText(120, "programmeNameRequired"),
  day: dayField,
  kind: kindField,
  travelMode: travelModeField,
  groupSize: optionalCount(1, 500, "groupSizeInvalid"),
  notes: optionalText(2000),
});

export const stopSchema = z
  .object({
    programmeId: idField,
    version: versionField,
    /** Absent when adding. */
    stopId: z.preprocess(emptyToNull, idField.nullable()).optional().default(null),
    kind: z.enum(STOP_KINDS, "stopKindRequired").optional().default("VISIT"),
    serviceId: z
      .preprocess(emptyToNull, plainText("serviceRequired").trim().max(40, "serviceRequired").nullable())
      .default(null),
    title: optionalText(120),
    placeName: optionalText(120),
    street: optionalText(200),
    postalCode: z
      .string()
      .trim()
      .regex(/^(\d{4})?$/, "postalCodeInvalid")
      .optional()
      .default(""),
    city: optionalText(100),
    latitude: coordinate(-90, 90, "latitudeInvalid", false),
    longitude: coordinate(-180, 180, "longitudeInvalid", false),
    startTime: timeField,
    endTime: timeField,
    activity: optionalText(500),
    handsOnTask: optionalText(300),
    welcomedBy: optionalText(200),
    userParticipation: optionalText(500),
    notes: optionalText(1000),
    isOption: checkbox,
    capacity: optionalCount(1, 1000, "capacityInvalid"),
    travelMode: z.preprocess(emptyToNull, travelModeField.nullable()).optional().default(null),
    travelMinutes: optionalCount(0, 600, "travelMinutesInvalid"),
    /** Move every later stop by as much as this one's end moves. */
    shiftLater: checkbox,
    /** Save even though the checks find a new error (an exception agreed with the service). */
    saveAnyway: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
    if (v.kind === "VISIT" && !v.serviceId)
      ctx.addIssue({ code: "custom", path: ["serviceId"], message: "serviceRequired" });
    if (v.kind !== "VISIT" && !v.title) ctx.addIssue({ code: "custom", path: ["title"], message: "stopTitleRequired" });
    if ((v.latitude === null) !== (v.longitude === null)) {
      const path = v.latitude === null ? "latitude" : "longitude";
      ctx.addIssue({ code: "custom", path: [path], message: "coordinatesIncomplete" });
    }
  });

export const moveStopSchema = z.object({
  stopId: idField,
  version: versionField,
  direction: z.enum(MOVE_DIRECTIONS, "fieldInvalid"),
});

/** `confirm`: the stop has picks, which go with it. */
export const removeStopSchema = z.object({ stopId: idField, version: versionField, confirm: checkbox });

export const removeProgrammeSchema = z.object({
  programmeId: idField,
  version: versionField,
  confirm: z.literal("on", "removeNotConfirmed"),
});

/** The coordinator records a mandatary's picks (a phone call, a paper form). */
export const picksSchema = z.object({
  expeditionId: idField,
  mandataryId: idField,
  stopIds: idList,
});
