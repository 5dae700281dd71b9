// What a presentation sheet shows, built from the database rows. The one place that decides whether a
// care story's teller is named: only with their recorded consent.
import type { ServiceType } from "@/lib/generated/prisma/client";
import { readVisitingHours, type VisitingHours } from "@/lib/services/visiting-hours";
import { normalizeColor } from "./format";

export interface SheetOrganization {
  name: string;
  /** "#rrggbb", always valid. */
  brandColor: string;
}

export interface SheetFigure {
  label: string;
  value: number;
  unit: string;
  referenceDate: Date | null;
}

export interface SheetStory {
  quote: string;
  tellerRole: string;
  /** Null unless the teller consented to being named. */
  tellerName: string | null;
}

export interface SheetService {
  id: string;
  name: string;
  type: ServiceType;
  street: string;
  postalCode: string;
  city: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  visitingHours: VisitingHours;
  maxGroupSize: number | null;
  dressCode: string;
  description: string;
  audience: string;
  challenges: string;
  projects: string;
  userParticipation: string;
  keyFigures: SheetFigure[];
  careStories: SheetStory[];
}

export interface SheetData {
  organization: SheetOrganization;
  services: SheetService[];
}

interface StoryRow {
  quote: string;
  tellerRole: string;
  tellerName: string;
  nameConsent: boolean;
}

/** A care story as it may be printed: the teller's name only when they consented and a name was given. */
export function printableStory(story: StoryRow): SheetStory {
  const name = story.tellerName.trim();
  return {
    quote: story.quote.trim(),
    tellerRole: story.tellerRole.trim(),
    tellerName: story.nameConsent && name ? name : null,
  };
}

/** "— Maria Peeters, bewoner" or "— bewoner". */
export function storyAttribution(story: SheetStory): string {
  return `— ${[story.tellerName, story.tellerRole].filter(Boolean).join(", ")}`;
}

export type ServiceRow = Omit<SheetService, "visitingHours" | "keyFigures" | "careStories"> & {
  visitingHours: unknown;
  keyFigures: SheetFigure[];
  careStories: StoryRow[];
};

export function toSheetService(row: ServiceRow): SheetService {
  return {
    ...row,
    visitingHours: readVisitingHours(row.visitingHours),
    keyFigures: row.keyFigures.map(({ label, value, unit, referenceDate }) => ({ label, value, unit, referenceDate })),
    careStories: row.careStories.map(printableStory),
  };
}

export function toSheetOrganization(row: { name: string; brandColor: string }): SheetOrganization {
  return { name: row.name, brandColor: normalizeColor(row.brandColor) };
}
