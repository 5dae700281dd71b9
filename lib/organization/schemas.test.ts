import { describe, expect, it } from "vitest";
import { bannerFileField, settingsSchema } from "./schemas";

describe("organization settings", () => {
  it("reads the colour, one portfolio per line and keywords per service type", () => {
    const parsed = settingsSchema.parse({
      brandColor: "#00587A",
      portfolios: "Jeugd\n\nKinderopvang\njeugd\n",
      keywords_CHILDCARE: "Kinderopvang, jeugd;  Gezin",
      keywords_SHORT_STAY: "",
    });
    expect(parsed.brandColor).toBe("#00587a");
    expect(parsed.portfolios).toEqual(["Jeugd", "Kinderopvang"]);
    expect(parsed.portfolioKeywords.CHILDCARE).toEqual(["kinderopvang", "jeugd", "gezin"]);
    // An emptied type matches nothing rather than falling back to the defaults.
    expect(parsed.portfolioKeywords.SHORT_STAY).toEqual([]);
  });

  it.each(["blauw", "#12345", "#1234567", "#gggggg", ""])("refuses the colour %j", (brandColor) => {
    expect(settingsSchema.safeParse({ brandColor }).error?.issues[0]?.message).toBe("colorInvalid");
  });

  it("refuses a portfolio name with a comma or semicolon, which would split it", () => {
    const result = settingsSchema.safeParse({ brandColor: "#000000", portfolios: "Jeugd\nWonen, Huisvesting" });
    expect(result.error?.issues[0]?.message).toBe("portfolioSeparator");
  });

  it("refuses an overlong portfolio name", () => {
    const result = settingsSchema.safeParse({ brandColor: "#000000", portfolios: "x".repeat(81) });
    expect(result.error?.issues[0]?.message).toBe("portfolioTooLong");
  });
});

describe("banner upload", () => {
  const file = (size: number, name = "banner.png") => new File([new Uint8Array(size)], name, { type: "image/png" });
  const error = (value: unknown) => bannerFileField.safeParse(value).error?.issues[0]?.message;

  it("takes a file of at most 1 MB (its type is checked on its bytes, see banner-image.ts)", () => {
    expect(error(file(1024 * 1024))).toBeUndefined();
  });

  it.each([
    ["no file chosen (an empty file without a name)", file(0, "")],
    ["a text field instead of a file", "banner.png"],
    ["nothing at all", null],
  ])("asks for a file when given %s", (_case, value) => {
    expect(error(value)).toBe("bannerNoFile");
  });

  it("refuses a file over 1 MB", () => {
    expect(error(file(1024 * 1024 + 1))).toBe("bannerTooLarge");
  });
});
