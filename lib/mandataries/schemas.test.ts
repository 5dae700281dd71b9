import { describe, expect, it } from "vitest";
import { mandatarySchema, parsePortfolios } from "./schemas";

describe("portfolios", () => {
  it("splits on commas, semicolons and lines, trims and drops duplicates", () => {
    expect(parsePortfolios("Kinderopvang, Jeugd;Welzijn\n jeugd ,, ")).toEqual(["Kinderopvang", "Jeugd", "Welzijn"]);
    expect(parsePortfolios("")).toEqual([]);
  });
});

describe("mandatary form", () => {
  const valid = {
    firstName: "Sarah",
    lastName: "Janssens",
    role: "ALDERMAN",
    email: "sarah@example.org",
    portfolios: "Jeugd",
  };

  it("accepts a mandatary and parses the portfolios", () => {
    expect(mandatarySchema.parse(valid)).toMatchObject({ portfolios: ["Jeugd"], phone: "" });
  });

  it("joins checked portfolios with typed new ones, without repeats", () => {
    const parsed = mandatarySchema.parse({
      ...valid,
      portfolios: ["Jeugd", "Kinderopvang"],
      otherPortfolios: "Sport; jeugd",
      party: " Samen ",
      dietaryNeeds: "vegetarisch",
    });
    expect(parsed).toMatchObject({ portfolios: ["Jeugd", "Kinderopvang", "Sport"], party: "Samen" });
    expect(parsed.dietaryNeeds).toBe("vegetarisch");
    expect(parsed).not.toHaveProperty("otherPortfolios");
  });

  it.each([
    [{ firstName: "" }, "firstNameRequired"],
    [{ lastName: " " }, "lastNameRequired"],
    [{ role: "KING" }, "mandataryRoleRequired"],
    [{ email: "sarah@" }, "emailInvalid"],
    [{ portfolios: Array.from({ length: 21 }, (_, i) => `P${i}`).join(",") }, "tooManyPortfolios"],
    [{ portfolios: "x".repeat(81) }, "portfolioTooLong"],
    [{ role: "SOCIAL_COMMITTEE_MEMBER", dietaryNeeds: "x".repeat(501) }, "tooLong"],
  ])("rejects %j", (change, key) => {
    const result = mandatarySchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(key);
  });
});
