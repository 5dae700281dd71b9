import { describe, expect, it } from "vitest";
import { bannerImageType, isBannerType } from "./banner-image";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d];
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46];

describe("banner image check", () => {
  it("recognises a PNG and a JPEG by their first bytes", () => {
    expect(bannerImageType(Uint8Array.from(PNG))).toBe("image/png");
    expect(bannerImageType(Uint8Array.from(JPEG))).toBe("image/jpeg");
  });

  it.each([
    ["text renamed to .png", new TextEncoder().encode("Dit is geen afbeelding.\n")],
    ["a GIF", new TextEncoder().encode("GIF89a\x01\x00\x01\x00")],
    ["a PDF", new TextEncoder().encode("%PDF-1.7\n")],
    ["an SVG", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["a PNG cut short", Uint8Array.from(PNG.slice(0, 4))],
    ["nothing", new Uint8Array()],
  ])("refuses %s", (_name, bytes) => {
    expect(bannerImageType(bytes)).toBeNull();
  });

  it("knows only PNG and JPEG as stored types", () => {
    expect(isBannerType("image/png")).toBe(true);
    expect(isBannerType("image/jpeg")).toBe(true);
    expect(isBannerType("image/svg+xml")).toBe(false);
    expect(isBannerType("")).toBe(false);
  });
});
