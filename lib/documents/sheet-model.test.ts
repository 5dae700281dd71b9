import { describe, expect, it } from "vitest";
import { printableStory, storyAttribution, toSheetService, type ServiceRow } from "./sheet-model";

describe("a care story's teller", () => {
  it("is named only with consent", () => {
    const withConsent = printableStory({
      quote: "Q",
      tellerRole: "bewoner",
      tellerName: "Maria Peeters",
      nameConsent: true,
    });
    const withoutConsent = printableStory({
      quote: "Q",
      tellerRole: "bewoner",
      tellerName: "Jan Smet",
      nameConsent: false,
    });
    expect(withConsent.tellerName).toBe("Maria Peeters");
    expect(withoutConsent.tellerName).toBeNull();
    expect(storyAttribution(withConsent)).toBe("— Maria Peeters, bewoner");
    expect(storyAttribution(withoutConsent)).toBe("— bewoner");
    expect(JSON.stringify(withoutConsent)).not.toContain("Jan Smet");
  });

  it("is not named when consent was given but no name", () => {
    expect(
      printableStory({ quote: "Q", tellerRole: "vrijwilliger", tellerName: "  ", nameConsent: true }).tellerName,
    ).toBeNull();
  });

  it("goes through the same rule when a whole service is prepared", () => {
    const row: ServiceRow = {
      id: "s1",
      name: "Kinderopvang De Speelboom",
      type: "CHILDCARE",
      street: "Schoolstraat 1",
      postalCode: "2275",
      city: "Kempenrode",
      contactName: "An",
      contactEmail: "",
      contactPhone: "",
      visitingHours: "not json hours",
      maxGroupSize: null,
      dressCode: "",
      description: "",
      audience: "",
      challenges: "",
      projects: "",
      userParticipation: "",
      keyFigures: [],
      careStories: [
        { quote: "Fijn hier.", tellerRole: "ouder", tellerName: "Verborgen Naam", nameConsent: false },
        { quote: "Top.", tellerRole: "ouder", tellerName: "Open Naam", nameConsent: true },
      ],
    };
    const service = toSheetService(row);
    expect(service.visitingHours).toEqual([]);
    expect(service.careStories.map((s) => s.tellerName)).toEqual([null, "Open Naam"]);
    expect(JSON.stringify(service)).not.toContain("Verborgen Naam");
  });
});
