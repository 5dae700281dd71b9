import { describe, expect, it } from "vitest";
import { allowRequest } from "./rate-limit";

describe("the rate limit of personal links", () => {
  it("allows `limit` requests a minute per key, then refuses until the minute is over", () => {
    const start = 1_000_000;
    const results = Array.from({ length: 4 }, (_, i) => allowRequest("link-a", 3, start + i));
    expect(results).toEqual([true, true, true, false]);
    expect(allowRequest("link-b", 3, start + 10)).toBe(true);
    expect(allowRequest("link-a", 3, start + 59_999)).toBe(false);
    expect(allowRequest("link-a", 3, start + 60_000)).toBe(true);
  });

  it("keeps counting after a flood of made-up keys, without growing past its bound", () => {
    const start = 5_000_000;
    for (let i = 0; i < 60_000; i++) allowRequest(`flood-${i}`, 3, start);
    const results = Array.from({ length: 4 }, () => allowRequest("after-flood", 3, start + 1));
    expect(results).toEqual([true, true, true, false]);
  });
});
