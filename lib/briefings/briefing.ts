// What a participating care service's contact is told: its visits (when, what is expected) and who comes.
// Pure: built from loaded rows, so the page, the briefing and the digest job agree and it is unit-tested fast.
import { createHash } from "node:crypto";
import type { MandataryRole, ProgrammeKind, RsvpStatus, StopKind } from "@/lib/generated/prisma/enums";
import { dayKey } from "@/lib/time";

/** An update waits until the answers have been quiet this long, so a burst of answers becomes one mail. */
export const DIGEST_QUIET_MINUTES = 15;

export interface SourceStop {
  id: string;
  kind: StopKind;
  serviceId: string | null;
  isOption: boolean;
  startsAt: Date;
  endsAt: Date;
  title: string;
  activity: string;
  handsOnTask: string;
  welcomedBy: string;
  userParticipation: string;
  notes: string;
}

export interface SourceProgramme {
  id: string;
  name: string;
  day: Date;
  kind: ProgrammeKind;
  updatedAt: Date;
  stops: SourceStop[];
}

export interface SourceInvitation {
  status: RsvpStatus;
  /** null: the whole expedition. */
  programmeId: string | null;
  companionName: string;
  respondedAt: Date | null;
  mandatary: { id: string; firstName: string; lastName: string; role: MandataryRole; portfolios: string[] };
}

export interface SourceChoice {
  stopId: string;
  mandataryId: string;
  createdAt: Date;
}

export interface BriefingSource {
  practicalNotes: string;
  programmes: SourceProgramme[];
  invitations: SourceInvitation[];
  choices: SourceChoice[];
}

export interface BriefedService {
  id: string;
  name: string;
  contactName: string;
  contactEmail: string;
}

/** Who comes, and whether for sure. The mark is all a stored briefing keeps of a visitor. */
export interface VisitorMark {
  mandataryId: string;
  maybe: boolean;
}

export interface Visitor extends VisitorMark {
  name: string;
  lastName: string;
  firstName: string;
  role: MandataryRole;
  portfolios: string[];
  companionName: string;
}

export interface Visit {
  stopId: string;
  /** "2027-03-16" */
  day: string;
  startsAt: Date;
  endsAt: Date;
  programmeName: string;
  title: string;
  /** An option of a choice programme: only those who picked it come. */
  isOption: boolean;
  activity: string;
  handsOnTask: string;
  welcomedBy: string;
  userParticipation: string;
  notes: string;
  visitors: Visitor[];
}

export interface ServiceBriefingContent {
  service: BriefedService;
  practicalNotes: string;
  visits: Visit[];
  /** Everyone who comes to at least one visit, once. */
  visitors: Visitor[];
  /** sha256 of the visits, visitors and practical notes: changes exactly when the mail would. */
  fingerprint: string;
  /** The latest answer, pick or programme edit that can change who comes; null when there is none. */
  lastChange: Date | null;
}

const COMING: readonly RsvpStatus[] = ["ACCEPTED", "MAYBE"];

const byName = (a: Visitor, b: Visitor) =>
  a.lastName.localeCompare(b.lastName, "nl") ||
  a.firstName.localeCompare(b.firstName, "nl") ||
  a.mandataryId.localeCompare(b.mandataryId);

function toVisitor(invitation: SourceInvitation): Visitor {
  const { mandatary } = invitation;
  return {
    mandataryId: mandatary.id,
    name: `${mandatary.firstName} ${mandatary.lastName}`,
    firstName: mandatary.firstName,
    lastName: mandatary.lastName,
    role: mandatary.role,
    portfolios: [...mandatary.portfolios],
    companionName: invitation.companionName.trim(),
    maybe: invitation.status === "MAYBE",
  };
}

const inScope = (invitation: SourceInvitation, programmeId: string) =>
  invitation.programmeId === null || invitation.programmeId === programmeId;

/**
 * Who visits a stop: at a common stop everyone who accepted (or maybe comes) and is invited to its programme;
 * at an option of a choice programme only those of them who picked it.
 */
export function visitorsOfStop(source: BriefingSource, programme: SourceProgramme, stop: SourceStop): Visitor[] {
  const option = programme.kind === "CHOICE" && stop.isOption;
  const picked = new Set(source.choices.filter((c) => c.stopId === stop.id).map((c) => c.mandataryId));
  return source.invitations
    .filter((i) => COMING.includes(i.status) && inScope(i, programme.id))
    .filter((i) => !option || picked.has(i.mandatary.id))
    .map(toVisitor)
    .sort(byName);
}

/** The services the expedition visits (at least one VISIT stop), each once, in programme order. */
export function participatingServiceIds(source: BriefingSource): string[] {
  const ids = source.programmes.flatMap((p) =>
    p.stops.flatMap((stop) => (stop.kind === "VISIT" && stop.serviceId ? [stop.serviceId] : [])),
  );
  return [...new Set(ids)];
}

/** JSON with object keys sorted, so the same content always gives the same text (and fingerprint). */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function fingerprintOf(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

const latest = (dates: (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);

/** The briefing of one service (also of one the programme no longer visits: then it has no visits). */
export function buildBriefing(source: BriefingSource, service: BriefedService): ServiceBriefingContent {
  const visits: Visit[] = source.programmes
    .flatMap((programme) =>
      programme.stops
        .filter((stop) => stop.kind === "VISIT" && stop.serviceId === service.id)
        .map((stop) => ({
          stopId: stop.id,
          day: dayKey(programme.day),
          startsAt: stop.startsAt,
          endsAt: stop.endsAt,
          programmeName: programme.name,
          title: stop.title,
          isOption: programme.kind === "CHOICE" && stop.isOption,
          activity: stop.activity,
          handsOnTask: stop.handsOnTask,
          welcomedBy: stop.welcomedBy,
          userParticipation: stop.userParticipation,
          notes: stop.notes,
          visitors: visitorsOfStop(source, programme, stop),
        })),
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.stopId.localeCompare(b.stopId));
  const visitors = [...new Map(visits.flatMap((v) => v.visitors).map((v) => [v.mandataryId, v])).values()].sort(byName);
  // Who could come here: a decline, or a pick moved to another option, counts as a change too.
  const programmes = source.programmes.filter((p) =>
    p.stops.some((stop) => stop.kind === "VISIT" && stop.serviceId === service.id),
  );
  const stopIds = new Set(programmes.flatMap((p) => p.stops.map((s) => s.id)));
  const concerned = source.invitations.filter((i) => programmes.some((p) => inScope(i, p.id)));
  const concernedIds = new Set(concerned.map((i) => i.mandatary.id));
  const lastChange = latest([
    ...concerned.map((i) => i.respondedAt),
    ...source.choices.filter((c) => stopIds.has(c.stopId) && concernedIds.has(c.mandataryId)).map((c) => c.createdAt),
    ...programmes.map((p) => p.updatedAt),
  ]);
  const fingerprint = fingerprintOf({ serviceId: service.id, practicalNotes: source.practicalNotes, visits });
  return { service, practicalNotes: source.practicalNotes, visits, visitors, fingerprint, lastChange };
}

export interface VisitorChanges<T extends VisitorMark> {
  /** Now comes, did not before. */
  added: T[];
  /** Came before, no longer does. */
  removed: VisitorMark[];
  /** Comes before and after, but "maybe" became sure or the other way round. */
  changed: T[];
}

/** The difference between the visitors as last told and as they are now. */
export function diffVisitors<T extends VisitorMark>(
  before: readonly VisitorMark[],
  after: readonly T[],
): VisitorChanges<T> {
  const earlier = new Map(before.map((v) => [v.mandataryId, v]));
  const now = new Set(after.map((v) => v.mandataryId));
  return {
    added: after.filter((v) => !earlier.has(v.mandataryId)),
    removed: before.filter((v) => !now.has(v.mandataryId)),
    changed: after.filter((v) => earlier.has(v.mandataryId) && earlier.get(v.mandataryId)!.maybe !== v.maybe),
  };
}

// The schema keeps one text per briefed service (ServiceBriefing.fingerprint). To tell later who was added and
// who no longer comes, it holds the fingerprint and, after a ";", the visitors as told: ids only (a "?" for
// maybe), nothing personal that would outlive an erased mandatary.

export interface StoredBriefing {
  fingerprint: string;
  /** null when the stored text carries no visitor list. */
  visitors: VisitorMark[] | null;
}

export function encodeStoredBriefing(content: Pick<ServiceBriefingContent, "fingerprint" | "visitors">): string {
  const marks = content.visitors.map((v) => `${v.mandataryId}${v.maybe ? "?" : ""}`);
  return `${content.fingerprint};${marks.join(",")}`;
}

export function decodeStoredBriefing(stored: string): StoredBriefing {
  const separator = stored.indexOf(";");
  if (separator < 0) return { fingerprint: stored, visitors: null };
  const marks = stored
    .slice(separator + 1)
    .split(",")
    .filter(Boolean);
  return {
    fingerprint: stored.slice(0, separator),
    visitors: marks.map((mark) => ({ mandataryId: mark.replace(/\?$/, ""), maybe: mark.endsWith("?") })),
  };
}

export type BriefingState =
  | { status: "notSent" }
  | { status: "upToDate"; sentAt: Date }
  /** `dueAt`: when the quiet period after the last change ends. */
  | { status: "updatePending"; sentAt: Date; dueAt: Date };

/** Where a service's briefing stands, given what was last sent (the ServiceBriefing row, if any). */
export function briefingState(
  content: ServiceBriefingContent,
  sent: { fingerprint: string; sentAt: Date } | null,
): BriefingState {
  if (!sent) return { status: "notSent" };
  if (decodeStoredBriefing(sent.fingerprint).fingerprint === content.fingerprint) {
    return { status: "upToDate", sentAt: sent.sentAt };
  }
  const dueAt = new Date((content.lastChange?.getTime() ?? 0) + DIGEST_QUIET_MINUTES * 60_000);
  return { status: "updatePending", sentAt: sent.sentAt, dueAt };
}

/** "Sarah Janssens, schepen (Ouderenzorg, Welzijn) · samen met Tom Peeters · misschien" */
export function visitorLine(
  visitor: Visitor,
  words: { role: string; companion: (name: string) => string; maybe: string },
): string {
  return [
    `${visitor.name}, ${words.role}${visitor.portfolios.length > 0 ? ` (${visitor.portfolios.join(", ")})` : ""}`,
    ...(visitor.companionName ? [words.companion(visitor.companionName)] : []),
    ...(visitor.maybe ? [words.maybe] : []),
  ].join(" · ");
}
