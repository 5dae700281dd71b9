import { describe, expect, it } from "vitest";
import { guessMapping, normalize, parseRole, parseServiceType } from "./fields";

describe("guessing the columns", () => {
  it("maps Dutch council-list headers, whatever their case, accents or punctuation", () => {
    const columns = ["Nr.", "VOORNAAM", "Familienaam", "Functie", "E-mailadres", "GSM", "Fractie", "Portefeuille"];
    expect(guessMapping("MANDATARIES", columns)).toEqual({
      firstName: 1,
      lastName: 2,
      role: 3,
      email: 4,
      phone: 5,
      party: 6,
      portfolios: 7,
    });
  });

  it("maps English headers and prefers the most specific one", () => {
    expect(guessMapping("MANDATARIES", ["Name", "First name", "Surname", "Mail", "Role"])).toEqual({
      firstName: 1,
      lastName: 2,
      email: 3,
      role: 4,
    });
  });

  it("uses each column once and leaves unknown fields unmapped", () => {
    expect(guessMapping("MANDATARIES", ["Naam", "Achternaam", "Opmerkingen"])).toEqual({ lastName: 1 });
  });

  it("maps a services list", () => {
    const columns = [
      "Naam dienst",
      "Type",
      "Adres",
      "Postcode",
      "Gemeente",
      "Contactpersoon",
      "E-mail",
      "Tel",
      "lat",
      "lng",
    ];
    expect(guessMapping("SERVICES", columns)).toEqual({
      name: 0,
      type: 1,
      street: 2,
      postalCode: 3,
      city: 4,
      contactName: 5,
      contactEmail: 6,
      contactPhone: 7,
      latitude: 8,
      longitude: 9,
    });
  });
});

describe("role and type cells", () => {
  it.each([
    ["Burgemeester", "MAYOR"],
    ["schepen", "ALDERMAN"],
    ["Schepen van Welzijn", "ALDERMAN"],
    ["Eerste schepen", "ALDERMAN"],
    ["GEMEENTERAADSLID", "COUNCIL_MEMBER"],
    ["raadslid", "COUNCIL_MEMBER"],
    ["Voorzitter BCSD", "SOCIAL_COMMITTEE_CHAIR"],
    ["voorzitter bijzonder comité voor de sociale dienst", "SOCIAL_COMMITTEE_CHAIR"],
    ["lid BCSD", "SOCIAL_COMMITTEE_MEMBER"],
    ["Algemeen directeur", "GENERAL_DIRECTOR"],
    ["COUNCIL_MEMBER", "COUNCIL_MEMBER"],
    ["mayor", "MAYOR"],
    ["koning", null],
    ["", null],
  ])("role %j → %s", (cell, role) => {
    expect(parseRole(cell)).toBe(role);
  });

  it.each([
    ["Woonzorgcentrum", "RESIDENTIAL_CARE"],
    ["WZC", "RESIDENTIAL_CARE"],
    ["kinderopvang", "CHILDCARE"],
    ["Lokaal dienstencentrum", "LOCAL_SERVICE_CENTRE"],
    ["thuiszorg en gezinszorg", "HOME_CARE"],
    ["DAY_CARE", "DAY_CARE"],
    ["bakkerij", null],
  ])("service type %j → %s", (cell, type) => {
    expect(parseServiceType(cell)).toBe(type);
  });

  it("compares without case, accents or punctuation", () => {
    expect(normalize(" Zoë's E-mail ")).toBe("zoesemail");
  });
});
