import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { expeditionSchema } from "@/lib/expeditions/schemas";
import { rsvpSchema } from "@/lib/invitations/schemas";
import { mandatarySchema } from "@/lib/mandataries/schemas";
import { settingsSchema } from "@/lib/organization/schemas";
import { stopSchema } from "@/lib/programme/schemas";
import { serviceSchema } from "@/lib/services/schemas";
import { dayField, idField, idParams, optionalEmail, optionalText, requiredText } from "./validation";

const NUL = "\u0000";

/** The messages a schema gives for one field. */
function messagesFor(schema: z.ZodType, input: Record<string, unknown>, field: string): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
}

describe("text fields", () => {
  it("refuse the NUL character (PostgreSQL cannot store it) with a message", () => {
    for (const schema of [requiredText(100, "nameRequired"), optionalText(100)]) {
      const result = schema.safeParse(`Jan${NUL}ssens`);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("invalidCharacter");
      expect(schema.safeParse("Janssens").success).toBe(true);
    }
    expect(optionalEmail.safeParse(`jan${NUL}@example.org`).success).toBe(false);
    expect(idField.safeParse(NUL).error?.issues[0]?.message).toBe("notFound");
  });

  it("refuse it in every kind of form, the public answer form too", () => {
    expect(messagesFor(rsvpSchema, { note: `tot${NUL}straks` }, "note")).toEqual(["invalidCharacter"]);
    expect(messagesFor(rsvpSchema, { companionName: NUL }, "companionName")).toEqual(["invalidCharacter"]);
    expect(messagesFor(mandatarySchema, { portfolios: `Jeugd${NUL}` }, "portfolios")).toContain("invalidCharacter");
    expect(messagesFor(settingsSchema, { portfolios: NUL }, "portfolios")).toContain("invalidCharacter");
    expect(messagesFor(settingsSchema, { keywords_CHILDCARE: NUL }, "keywords_CHILDCARE")).toContain(
      "invalidCharacter",
    );
    expect(messagesFor(serviceSchema, { handsOnActivities: NUL }, "handsOnActivities")).toContain("invalidCharacter");
    expect(messagesFor(stopSchema, { serviceId: NUL }, "serviceId")).toContain("serviceRequired");
    expect(messagesFor(expeditionSchema, { videoUrl: `https://video.example.org/${NUL}` }, "videoUrl")).toContain(
      "invalidCharacter",
    );
  });
});

describe("days", () => {
  it("are real days in the years the app plans in", () => {
    for (const day of ["2027-03-16", "1900-01-01", "2999-12-31", "2028-02-29"]) {
      expect(dayField.safeParse(day).success, day).toBe(true);
    }
    for (const day of [
      "0000-01-01",
      "0001-01-01",
      "1899-12-31",
      "3000-01-01",
      "9999-12-31",
      "2027-02-30",
      "2027-3-1",
    ]) {
      expect(dayField.safeParse(day).error?.issues[0]?.message, day).toBe("dayInvalid");
    }
    expect(dayField.safeParse(`2027-03-16${NUL}`).success).toBe(false);
  });
});

describe("route id parameters", () => {
  it("pass an id and answer 404 for anything else", () => {
    const params = { expeditionId: "cm9x1abcdefghijklmnop", programmeId: "cm9x2abcdefghijklmnop" };
    expect(idParams(params)).toEqual(params);
    for (const value of [NUL, `cm9x1${NUL}`, "", "x".repeat(41)]) {
      expect(() => idParams({ ...params, programmeId: value })).toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
  });
});
