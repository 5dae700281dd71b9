import { describe, expect, it } from "vitest";
import { careStorySchema, keyFigureSchema, parseFigure, serviceSchema, serviceSchemaFor } from "./schemas";

const valid = {
  name: "WZC Hof ter Linden",
  type: "RESIDENTIAL_CARE",
  street: "Lindenlaan 20",
  postalCode: "2275",
  city: "Kempenrode",
  latitude: "51,2031",
  longitude: "4.8127",
  contactName: "Greet Van Looy",
};

describe("care service form", () => {
  it("accepts Belgian decimal commas in coordinates", () => {
    expect(serviceSchema.parse(valid)).toMatchObject({ latitude: 51.2031, longitude: 4.8127, contactEmail: "" });
  });

  it("leaves both coordinates empty for the geocoder to fill", () => {
    expect(serviceSchema.parse({ ...valid, latitude: "", longitude: " " })).toMatchObject({
      latitude: null,
      longitude: null,
    });
  });

  it("requires the coordinates when no geocoder can look them up", () => {
    const empty = { ...valid, latitude: "", longitude: "" };
    const issues = serviceSchemaFor({ coordinatesRequired: true }).safeParse(empty).error?.issues;
    expect(issues?.map((i) => [i.path.join("."), i.message])).toEqual([
      ["latitude", "latitudeInvalid"],
      ["longitude", "longitudeInvalid"],
    ]);
    expect(serviceSchemaFor({ coordinatesRequired: true }).parse(valid)).toMatchObject({ latitude: 51.2031 });
  });

  it("turns visiting hours per weekday into a list, and activities per line", () => {
    const parsed = serviceSchema.parse({
      ...valid,
      visitFrom1: "09:00",
      visitTo1: "12:00",
      visitFrom6: "10:00",
      visitTo6: "11:30",
      handsOnActivities: "Soep uitdelen\n\n  Meespelen in de BKO \nsoep uitdelen",
      maxGroupSize: "8",
      minVisitMinutes: "",
    });
    expect(parsed.visitingHours).toEqual([
      { weekday: 1, from: "09:00", to: "12:00" },
      { weekday: 6, from: "10:00", to: "11:30" },
    ]);
    expect(parsed.handsOnActivities).toEqual(["Soep uitdelen", "Meespelen in de BKO"]);
    expect(parsed).toMatchObject({ maxGroupSize: 8, minVisitMinutes: null });
    expect(parsed).not.toHaveProperty("visitFrom1");
  });

  it.each([
    [{ name: "" }, "serviceNameRequired"],
    [{ type: "HOSPITAL" }, "serviceTypeRequired"],
    [{ postalCode: "22750" }, "postalCodeInvalid"],
    [{ postalCode: "0999" }, "postalCodeInvalid"],
    [{ latitude: "noord" }, "latitudeInvalid"],
    [{ latitude: "91" }, "latitudeInvalid"],
    [{ longitude: "" }, "coordinatesIncomplete"],
    [{ latitude: "", longitude: "4,8" }, "coordinatesIncomplete"],
    [{ maxGroupSize: "0" }, "groupSizeInvalid"],
    [{ maxGroupSize: "acht" }, "groupSizeInvalid"],
    [{ minVisitMinutes: "2,5" }, "minVisitInvalid"],
    [{ visitFrom2: "09:00" }, "visitHoursIncomplete"],
    [{ visitFrom2: "14:00", visitTo2: "09:00" }, "visitHoursOrder"],
    [{ visitFrom2: "25:00", visitTo2: "26:00" }, "timeInvalid"],
    [{ handsOnActivities: "x".repeat(161) }, "activityTooLong"],
    [{ contactEmail: "greet@" }, "emailInvalid"],
  ])("rejects %j", (change, key) => {
    const result = serviceSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(key);
  });
});

describe("key figures", () => {
  it.each([
    ["142", 142],
    ["38.500", 38500],
    ["1.234.567", 1234567],
    ["8,6", 8.6],
    ["8.6", 8.6],
    ["0.500", 0.5],
    ["1.234,5", 1234.5],
    [" 12 500 ", 12500],
    ["-3", -3],
  ])("reads %j as %d", (text, value) => {
    expect(parseFigure(text)).toBe(value);
  });

  it.each(["", "acht", "8,6,1", "1,2.3", "12%", "--1"])("refuses %j", (text) => {
    expect(parseFigure(text)).toBeNull();
  });

  it("gives a Dutch message for a figure that is no number", () => {
    const result = keyFigureSchema.safeParse({ label: "plaatsen", value: "veel" });
    expect(result.error?.issues[0]?.message).toBe("figureValueInvalid");
  });
});

describe("care stories", () => {
  const story = { quote: "Hier voel ik me thuis.", tellerRole: "bewoner" };

  it("is anonymous without a name", () => {
    expect(careStorySchema.parse(story)).toMatchObject({ tellerName: "", nameConsent: false });
  });

  it("refuses a name without consent, and consent without a note of how it was given", () => {
    expect(careStorySchema.safeParse({ ...story, tellerName: "Maria" }).error?.issues[0]?.message).toBe(
      "nameNeedsConsent",
    );
    expect(
      careStorySchema.safeParse({ ...story, tellerName: "Maria", nameConsent: "on" }).error?.issues[0]?.message,
    ).toBe("consentNoteRequired");
    expect(
      careStorySchema.parse({ ...story, tellerName: "Maria", nameConsent: "on", consentNote: "schriftelijk" }),
    ).toMatchObject({ tellerName: "Maria", nameConsent: true });
  });
});
