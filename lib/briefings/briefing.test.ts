import { describe, expect, it } from "vitest";
import { brusselsInstant, parseDay } from "@/lib/time";
import {
  briefingState,
  buildBriefing,
  canonicalJson,
  decodeStoredBriefing,
  diffVisitors,
  encodeStoredBriefing,
  participatingServiceIds,
  visitorLine,
  type BriefingSource,
  type SourceInvitation,
  type SourceStop,
} from "./briefing";
import { briefingMail, briefingUpdateMail } from "./briefing-mail";

const DAY = "2099-03-16";
const linde = { id: "linde", name: "WZC De Linde", contactName: "Greet Van Looy", contactEmail: "greet@example.org" };

function stop(id: string, from: string, to: string, change: Partial<SourceStop> = {}): SourceStop {
  return {
    id,
    kind: "VISIT",
    serviceId: "linde",
    isOption: false,
    startsAt: brusselsInstant(DAY, from),
    endsAt: brusselsInstant(DAY, to),
    title: "",
    activity: "",
    handsOnTask: "",
    welcomedBy: "",
    userParticipation: "",
    notes: "",
    ...change,
  };
}

function invitation(
  id: string,
  firstName: string,
  lastName: string,
  change: Partial<Omit<SourceInvitation, "mandatary">> = {},
): SourceInvitation {
  return {
    status: "ACCEPTED",
    programmeId: null,
    companionName: "",
    respondedAt: new Date("2099-03-01T10:00:00Z"),
    mandatary: { id, firstName, lastName, role: "ALDERMAN", portfolios: ["Ouderenzorg"] },
    ...change,
  };
}

function source(change: Partial<BriefingSource> = {}): BriefingSource {
  return {
    practicalNotes: "Stevige schoenen.",
    programmes: [
      {
        id: "bus",
        name: "Busronde",
        day: parseDay(DAY),
        kind: "FIXED",
        updatedAt: new Date("2099-02-01T10:00:00Z"),
        stops: [
          stop("breakfast", "08:30", "09:30", { activity: "Ontbijt", handsOnTask: "Koffie schenken" }),
          stop("lunch", "12:00", "13:00", { kind: "MEAL", serviceId: "linde" }),
          stop("elsewhere", "14:00", "15:00", { serviceId: "bron" }),
        ],
      },
      {
        id: "choice",
        name: "Keuzenamiddag",
        day: parseDay(DAY),
        kind: "CHOICE",
        updatedAt: new Date("2099-02-01T10:00:00Z"),
        stops: [
          stop("welcome", "16:00", "16:15", { welcomedBy: "De directeur" }),
          stop("session", "16:30", "17:30", { isOption: true, notes: "Max. vier" }),
        ],
      },
    ],
    invitations: [
      invitation("sarah", "Sarah", "Janssens", { companionName: "Tom Peeters" }),
      invitation("an", "An", "Aerts", { status: "MAYBE", programmeId: "choice" }),
      invitation("wim", "Wim", "Claes", { status: "DECLINED" }),
      invitation("lien", "Lien", "Dewit", { status: "PENDING" }),
      invitation("bart", "Bart", "Bosmans", { programmeId: "bus" }),
    ],
    choices: [
      { stopId: "session", mandataryId: "an", createdAt: new Date("2099-03-02T10:00:00Z") },
      { stopId: "session", mandataryId: "wim", createdAt: new Date("2099-03-02T11:00:00Z") },
    ],
    ...change,
  };
}

const names = (visitors: { name: string }[]) => visitors.map((v) => v.name);

describe("who visits a service", () => {
  it("counts only services with a visit, each once", () => {
    expect(participatingServiceIds(source())).toEqual(["linde", "bron"]);
  });

  it("sends everyone coming to a common stop of their programme, and to an option only those who picked it", () => {
    const briefing = buildBriefing(source(), linde);
    expect(briefing.visits.map((v) => v.stopId)).toEqual(["breakfast", "welcome", "session"]);
    const [breakfast, welcome, session] = briefing.visits;
    // Declined and unanswered do not come; An is invited to the choice afternoon only.
    expect(names(breakfast!.visitors)).toEqual(["Bart Bosmans", "Sarah Janssens"]);
    expect(names(welcome!.visitors)).toEqual(["An Aerts", "Sarah Janssens"]);
    // Wim picked the session but declined; Sarah did not pick it.
    expect(names(session!.visitors)).toEqual(["An Aerts"]);
    expect(session!.isOption).toBe(true);
    expect(names(briefing.visitors)).toEqual(["An Aerts", "Bart Bosmans", "Sarah Janssens"]);
    expect(briefing.visitors.find((v) => v.mandataryId === "an")!.maybe).toBe(true);
    expect(breakfast).toMatchObject({ day: DAY, programmeName: "Busronde", activity: "Ontbijt" });
  });

  it("gives a service that is no longer visited an empty briefing", () => {
    const briefing = buildBriefing(source(), { ...linde, id: "gone" });
    expect(briefing.visits).toEqual([]);
    expect(briefing.visitors).toEqual([]);
  });
});

describe("the fingerprint", () => {
  it("does not depend on the order rows were loaded in", () => {
    const original = source();
    const shuffled = source({
      invitations: [...original.invitations].reverse(),
      choices: [...original.choices].reverse(),
    });
    expect(buildBriefing(shuffled, linde).fingerprint).toBe(buildBriefing(original, linde).fingerprint);
  });

  it("changes with who comes, their details and what is expected, not with the contact's address", () => {
    const base = buildBriefing(source(), linde).fingerprint;
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const changed = (change: Partial<BriefingSource>) => buildBriefing(source(change), linde).fingerprint;
    const invitations = source().invitations;
    expect(changed({ invitations: invitations.map((i) => ({ ...i, status: "ACCEPTED" as const })) })).not.toBe(base);
    expect(changed({ invitations: invitations.map((i) => ({ ...i, companionName: "" })) })).not.toBe(base);
    expect(changed({ practicalNotes: "Regenjas mee." })).not.toBe(base);
    const programmes = source().programmes.map((p) => ({
      ...p,
      stops: p.stops.map((s) => ({ ...s, notes: `${s.notes}!` })),
    }));
    expect(changed({ programmes })).not.toBe(base);
    expect(buildBriefing(source(), { ...linde, contactEmail: "nieuw@example.org" }).fingerprint).toBe(base);
    // Another service's visit does not concern this one.
    const elsewhere = source().programmes.map((p) => ({
      ...p,
      stops: p.stops.map((s) => (s.serviceId === "bron" ? { ...s, activity: "Anders" } : s)),
    }));
    expect(changed({ programmes: elsewhere })).toBe(base);
  });

  it("is a sha256 of JSON with sorted keys", () => {
    expect(canonicalJson({ b: 1, a: [new Date("2099-01-01T00:00:00Z"), { d: null, c: "x" }] })).toBe(
      '{"a":["2099-01-01T00:00:00.000Z",{"c":"x","d":null}],"b":1}',
    );
  });
});

describe("the last change", () => {
  it("is the latest answer or pick of anyone who could come, a decline included", () => {
    const late = new Date("2099-03-05T09:00:00Z");
    const invitations = source().invitations.map((i) => (i.mandatary.id === "wim" ? { ...i, respondedAt: late } : i));
    expect(buildBriefing(source({ invitations }), linde).lastChange).toEqual(late);
    const pickedLater = new Date("2099-03-06T09:00:00Z");
    const choices = [{ stopId: "session", mandataryId: "sarah", createdAt: pickedLater }];
    expect(buildBriefing(source({ invitations, choices }), linde).lastChange).toEqual(pickedLater);
  });

  it("ignores answers of people invited only to a programme without a visit here", () => {
    const late = new Date("2099-03-05T09:00:00Z");
    const invitations = [invitation("x", "X", "Y", { programmeId: "other", respondedAt: late })];
    expect(buildBriefing(source({ invitations }), linde).lastChange).toEqual(new Date("2099-02-01T10:00:00Z"));
  });
});

describe("visitor changes", () => {
  const mark = (mandataryId: string, maybe = false) => ({ mandataryId, maybe });

  it("tells who was added, who no longer comes and whose maybe changed", () => {
    const before = [mark("a"), mark("b"), mark("c", true)];
    const after = [mark("b"), mark("c"), mark("d")];
    expect(diffVisitors(before, after)).toEqual({ added: [mark("d")], removed: [mark("a")], changed: [mark("c")] });
    expect(diffVisitors(after, after)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("stores the fingerprint with the visitors as told, and reads a bare fingerprint too", () => {
    const briefing = buildBriefing(source(), linde);
    const stored = encodeStoredBriefing(briefing);
    expect(decodeStoredBriefing(stored)).toEqual({
      fingerprint: briefing.fingerprint,
      visitors: briefing.visitors.map((v) => mark(v.mandataryId, v.maybe)),
    });
    expect(stored).not.toContain("Janssens");
    expect(decodeStoredBriefing(`${briefing.fingerprint};`).visitors).toEqual([]);
    expect(decodeStoredBriefing(briefing.fingerprint)).toEqual({ fingerprint: briefing.fingerprint, visitors: null });
  });
});

describe("the state of a briefing", () => {
  const briefing = buildBriefing(source(), linde);
  const sentAt = new Date("2099-03-03T08:00:00Z");

  it("is not sent, up to date, or waiting for the quiet period after the last change", () => {
    expect(briefingState(briefing, null)).toEqual({ status: "notSent" });
    expect(briefingState(briefing, { fingerprint: encodeStoredBriefing(briefing), sentAt })).toEqual({
      status: "upToDate",
      sentAt,
    });
    expect(briefingState(briefing, { fingerprint: "old;", sentAt })).toEqual({
      status: "updatePending",
      sentAt,
      dueAt: new Date(briefing.lastChange!.getTime() + 15 * 60_000),
    });
  });
});

describe("the mails", () => {
  const context = {
    organizationName: "Gemeente Kempenrode",
    expedition: {
      title: "Expeditie Zorg",
      contactName: "Katrien Coppens",
      contactEmail: "katrien@example.org",
      contactPhone: "",
    },
  };

  it("brief the contact on every visit: when, what is expected, who comes with role and portfolios", () => {
    const mail = briefingMail(context, buildBriefing(source(), linde));
    expect(mail.subject).toBe("Expeditie Zorg: wie komt er naar WZC De Linde");
    expect(mail.text).toContain("Beste Greet Van Looy,");
    expect(mail.text).toContain("MAANDAG 16 MAART 2099, 08:30–09:30 · BUSRONDE");
    expect(mail.text).toContain("Wat gebeurt er: Ontbijt");
    expect(mail.text).toContain("Zelf aan de slag: Koffie schenken");
    expect(mail.text).toContain("Ontvangst door: De directeur");
    expect(mail.text).toContain("2 bezoekers en 1 begeleider:");
    expect(mail.text).toContain("• Sarah Janssens, schepen (Ouderenzorg) · samen met Tom Peeters");
    expect(mail.text).toContain("• An Aerts, schepen (Ouderenzorg) · misschien");
    expect(mail.text).toContain("Keuzesessie");
    expect(mail.text).toContain("Stevige schoenen.");
    expect(mail.text).toContain("Katrien Coppens · katrien@example.org");
    expect(mail.html).toContain("Sarah Janssens, schepen (Ouderenzorg)");
  });

  it("tell in an update who now comes and who no longer comes, then the whole list", () => {
    const briefing = buildBriefing(source(), linde);
    const sarah = briefing.visitors.find((v) => v.mandataryId === "sarah")!;
    const an = briefing.visitors.find((v) => v.mandataryId === "an")!;
    const mail = briefingUpdateMail(context, briefing, {
      added: [sarah],
      removed: ["Wim Claes", null],
      changed: [an],
    });
    expect(mail.subject).toBe("Bijgewerkt – Expeditie Zorg: wie komt er naar WZC De Linde");
    expect(mail.text).toContain("Komt nu: Sarah Janssens, schepen (Ouderenzorg) · samen met Tom Peeters");
    expect(mail.text).toContain("Komt niet meer: Wim Claes; een bezoeker van wie de gegevens gewist zijn");
    expect(mail.text).toContain("Komt nu misschien: An Aerts");
    expect(mail.text).toContain("• Bart Bosmans, schepen (Ouderenzorg)");
    const quiet = briefingUpdateMail(context, buildBriefing(source(), { ...linde, id: "gone" }), {
      added: [],
      removed: [],
      changed: [],
    });
    expect(quiet.text).toContain("Het programma of de gegevens van de bezoekers zijn aangepast.");
    expect(quiet.text).toContain("Er staat op dit moment geen bezoek aan WZC De Linde meer op het programma.");
  });

  it("writes a visitor as name, role, portfolios, companion and maybe", () => {
    const visitor = buildBriefing(source(), linde).visitors.find((v) => v.mandataryId === "sarah")!;
    const words = { role: "schepen", companion: (name: string) => `met ${name}`, maybe: "misschien" };
    expect(visitorLine(visitor, words)).toBe("Sarah Janssens, schepen (Ouderenzorg) · met Tom Peeters");
    expect(visitorLine({ ...visitor, portfolios: [], companionName: "", maybe: true }, words)).toBe(
      "Sarah Janssens, schepen · misschien",
    );
  });
});
