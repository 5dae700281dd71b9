import { describe, expect, it } from "vitest";
import { brusselsInstant, parseDay } from "@/lib/time";
import { pressInvitationMail, pressMoments, type PressExpeditionFields } from "./press-invitation-mail";

const place = { street: "", postalCode: "", city: "", latitude: null, longitude: null };
const centre = {
  ...place,
  name: "Lokaal dienstencentrum De Kring",
  street: "Kerkstraat 1",
  postalCode: "2275",
  city: "Kempenrode",
};

function stop(kind: "VISIT" | "MEAL" | "PRESS", from: string, to: string, change: object = {}) {
  return {
    ...place,
    kind,
    title: "",
    placeName: "",
    service: null,
    activity: "",
    startsAt: brusselsInstant("2099-03-16", from),
    endsAt: brusselsInstant("2099-03-16", to),
    ...change,
  };
}

const expedition: PressExpeditionFields = {
  title: "Expeditie Zorg <Kempenrode>",
  contactName: "Katrien Coppens",
  contactEmail: "katrien@example.org",
  contactPhone: "",
  programmes: [
    {
      id: "p1",
      name: "Busronde",
      day: parseDay("2099-03-16"),
      stops: [
        stop("MEAL", "11:30", "12:15", { title: "Broodjeslunch", service: centre }),
        stop("PRESS", "12:15", "12:30", { title: "Persmoment", activity: "Foto en vragen" }),
      ],
    },
    {
      id: "p2",
      name: "Fietstocht",
      day: parseDay("2099-03-17"),
      stops: [stop("PRESS", "09:00", "09:15", { placeName: "Markt", street: "Markt 1", city: "Kempenrode" })],
    },
  ],
  invitations: [
    { programmeId: null, mandatary: { firstName: "Annelies", lastName: "Van Dyck", role: "MAYOR" } },
    { programmeId: "p2", mandatary: { firstName: "Tom", lastName: "Peeters", role: "ALDERMAN" } },
  ],
};

describe("press moments", () => {
  it("takes the PRESS stops, where the group is when they have no place of their own", () => {
    const moments = pressMoments(expedition);
    expect(moments.map((m) => [m.programmeName, m.what, m.placeName, m.address])).toEqual([
      ["Busronde", "Persmoment — Foto en vragen", "Lokaal dienstencentrum De Kring", "Kerkstraat 1, 2275 Kempenrode"],
      ["Fietstocht", "", "Markt", "Markt 1, Kempenrode"],
    ]);
  });

  it("names who comes to that day: the whole expedition's guests and that programme's", () => {
    const [tuesday, wednesday] = pressMoments(expedition);
    expect(tuesday!.attendees.map((m) => m.lastName)).toEqual(["Van Dyck"]);
    expect(wednesday!.attendees.map((m) => m.lastName)).toEqual(["Van Dyck", "Peeters"]);
  });

  it("is none without a PRESS stop", () => {
    expect(pressMoments({ ...expedition, programmes: [{ ...expedition.programmes[0]!, stops: [] }] })).toEqual([]);
  });
});

describe("the press invitation mail", () => {
  const mail = pressInvitationMail({
    contactName: "Lotte Peeters",
    organizationName: "Gemeente Kempenrode",
    expedition,
    moments: pressMoments(expedition),
  });

  it("has every moment with its time, place, what and who, and the contact person", () => {
    expect(mail.subject).toBe("Persuitnodiging: Expeditie Zorg <Kempenrode>");
    expect(mail.text).toContain(
      "PERSMOMENT – MAANDAG 16 MAART 2099\nUur: 12:15–12:30\nPlaats: Lokaal dienstencentrum De Kring, Kerkstraat 1, 2275 Kempenrode\nWat: Persmoment — Foto en vragen\nAanwezig: Annelies Van Dyck (burgemeester)\nTijdens: Busronde",
    );
    // No name or activity: no "Wat" line.
    expect(mail.text).toContain(
      "Plaats: Markt, Markt 1, Kempenrode\nAanwezig: Annelies Van Dyck (burgemeester), Tom Peeters (schepen)",
    );
    expect(mail.text).toContain("Katrien Coppens · katrien@example.org");
    expect(mail.text).toContain("U bent welkom op deze momenten:");
    expect(mail.text).toContain("Gemeente Kempenrode · Expeditie Zorg · #ZorgLokaal");
  });

  it("escapes what users typed in the HTML", () => {
    expect(mail.html).toContain("Expeditie Zorg &lt;Kempenrode&gt;");
    expect(mail.html).not.toContain("<Kempenrode>");
  });
});
