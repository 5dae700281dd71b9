import { describe, expect, it } from "vitest";
import {
  clampText,
  contrastRatio,
  estimateLines,
  formatDay,
  formatFigure,
  formatNumber,
  formatVisitingHours,
  NEAR_BLACK,
  normalizeColor,
  pdfSafe,
  shareLines,
  slugify,
  textColorOn,
  WHITE,
} from "./format";

describe("text on the brand colour", () => {
  it.each([
    ["#1f4e79", WHITE],
    ["#000000", WHITE],
    ["#c8102e", WHITE],
    ["#ffd700", NEAR_BLACK],
    ["#ffffff", NEAR_BLACK],
    ["#8fd3f4", NEAR_BLACK],
    ["#FFF", NEAR_BLACK],
  ])("on %s uses %s", (background, expected) => {
    expect(textColorOn(background)).toBe(expected);
  });

  it("always picks the colour with the higher contrast", () => {
    for (let grey = 0; grey <= 255; grey += 5) {
      const hex = `#${grey.toString(16).padStart(2, "0").repeat(3)}`;
      const chosen = textColorOn(hex);
      const other = chosen === WHITE ? NEAR_BLACK : WHITE;
      expect(contrastRatio(hex, chosen)).toBeGreaterThanOrEqual(contrastRatio(hex, other));
    }
  });

  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("falls back to the default colour for a malformed value", () => {
    expect(normalizeColor("rood")).toBe("#1f4e79");
    expect(normalizeColor("#ABC")).toBe("#aabbcc");
    expect(normalizeColor(" #1F4E79 ")).toBe("#1f4e79");
  });
});

describe("figures in nl-BE", () => {
  it.each([
    [38500, "", "38.500"],
    [8.6, "/10", "8,6/10"],
    [142, "plaatsen", "142 plaatsen"],
    [1234.5, "uren", "1.234,5 uren"],
    [92, "%", "92%"],
    [0.125, "", "0,13"],
    [-3, "", "-3"],
  ])("%d %s → %s", (value, unit, expected) => {
    expect(formatFigure(value, unit)).toBe(expected);
  });

  it("writes English figures the English way", () => {
    expect(formatNumber(38500, "en")).toBe("38,500");
    expect(formatNumber(8.6, "en")).toBe("8.6");
  });

  it("writes reference dates in Dutch, whatever the server's time zone", () => {
    expect(formatDay(new Date("2026-01-01T00:00:00Z"))).toBe("1 januari 2026");
    expect(formatDay(new Date("2025-12-31T00:00:00Z"), "en")).toBe("31 December 2025");
  });
});

describe("visiting hours", () => {
  it("groups consecutive days with the same hours", () => {
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: "09:00", to: "16:00" }));
    expect(formatVisitingHours([...weekdays, { weekday: 6, from: "10:00", to: "12:00" }])).toBe(
      "ma–vr 09:00–16:00 · za 10:00–12:00",
    );
    expect(
      formatVisitingHours([
        { weekday: 3, from: "14:00", to: "16:00" },
        { weekday: 1, from: "09:00", to: "12:00" },
      ]),
    ).toBe("ma 09:00–12:00 · wo 14:00–16:00");
    expect(formatVisitingHours([{ weekday: 7, from: "10:00", to: "11:00" }], "en")).toBe("Sun 10:00–11:00");
    expect(formatVisitingHours([])).toBe("");
  });
});

describe("fitting texts", () => {
  it("estimates lines per paragraph", () => {
    expect(estimateLines("", 10)).toBe(0);
    expect(estimateLines("a".repeat(25), 10)).toBe(3);
    expect(estimateLines("kort\n\nook kort", 10)).toBe(2);
  });

  it("leaves a text that fits alone", () => {
    expect(clampText("Een korte tekst.", 3, 40)).toEqual({ text: "Een korte tekst.", truncated: false });
  });

  it("cuts a long text at a word, with the footnote marker", () => {
    const text = "woord ".repeat(100);
    const clamped = clampText(text, 2, 40);
    expect(clamped.truncated).toBe(true);
    expect(clamped.text).toMatch(/^woord( woord)* … \*$/);
    expect(estimateLines(clamped.text, 40)).toBeLessThanOrEqual(2);
  });

  it("keeps whole paragraphs while they fit", () => {
    const clamped = clampText(`Eerste alinea.\n${"x ".repeat(200)}`, 2, 40);
    expect(clamped.text.split("\n")[0]).toBe("Eerste alinea.");
    expect(clamped.truncated).toBe(true);
  });

  it("shares lines: short texts keep theirs, the longest give way", () => {
    expect(shareLines([3, 4], 10)).toEqual([3, 4]);
    expect(shareLines([2, 30, 30], 20)).toEqual([2, 9, 9]);
    expect(shareLines([2, 30, 31], 21)).toEqual([2, 10, 9]);
    const shared = shareLines([50, 1, 70, 12], 40);
    expect(shared.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(40);
    expect(shared[1]).toBe(1);
  });
});

describe("text for the PDF fonts", () => {
  it("keeps Dutch and French accents, quotes and dashes", () => {
    expect(pdfSafe("Café “De Brug” – één €")).toBe("Café “De Brug” – één €");
  });

  it("replaces what the standard fonts cannot show", () => {
    expect(pdfSafe("Łukasz Gałązka, Ödön Erdős 🙂")).toBe("Lukasz Galazka, Ödön Erdos ");
  });
});

describe("file names", () => {
  it("slugs names", () => {
    expect(slugify("Woonzorgcentrum Hof ter Linden")).toBe("woonzorgcentrum-hof-ter-linden");
    expect(slugify("Lokaal dienstencentrum ’t Pleintje (Oost)")).toBe("lokaal-dienstencentrum-t-pleintje-oost");
    expect(slugify("Crèche Één")).toBe("creche-een");
    expect(slugify("***", "zorgdienst")).toBe("zorgdienst");
  });
});
