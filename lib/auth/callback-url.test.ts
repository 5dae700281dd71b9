import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

const base = "https://planner.example.org";

describe("the page after signing in", () => {
  it.each([
    ["/expeditions", "/expeditions"],
    ["/expeditions/abc/programme?tab=map#stop-2", "/expeditions/abc/programme?tab=map#stop-2"],
    ["/invite/abc_DEF-123", "/invite/abc_DEF-123"],
    ["https://planner.example.org/team", "/team"],
  ])("stays on this site: %j → %j", (value, expected) => {
    expect(safeCallbackUrl(value, base)).toBe(expected);
  });

  it.each([
    "/\t/evil.test",
    "/%09/evil.test".replace("%09", "\t"),
    "/\n/evil.test",
    "/\r\n/evil.test",
    "/\\evil.test",
    "/\\\\evil.test",
    "\\\\evil.test",
    "//evil.test",
    "///evil.test",
    "/.//evil.test",
    " //evil.test",
    "https://evil.test",
    "https://evil.test/expeditions",
    "https://planner.example.org.evil.test/",
    "https://planner.example.org@evil.test/",
    "http://planner.example.org/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://[::1",
    "",
    undefined,
    null,
  ])("goes home for %j", (value) => {
    expect(safeCallbackUrl(value, base)).toBe("/");
  });

  it("keeps the escaped characters a path may carry", () => {
    // Percent-encoded, a TAB or slash is text in the path, not a way out.
    expect(safeCallbackUrl("/%09/evil.test", base)).toBe("/%09/evil.test");
    expect(safeCallbackUrl("/%2F/evil.test", base)).toBe("/%2F/evil.test");
  });
});
