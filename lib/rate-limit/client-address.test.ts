import { describe, expect, it } from "vitest";
import { pickClientAddress } from "./client-address";

describe("the caller's address", () => {
  it("is the entry the outermost trusted proxy added", () => {
    // The caller claims 6.6.6.6; our one proxy appends the address it saw.
    expect(pickClientAddress("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    // A CDN then our reverse proxy: the CDN saw the caller, our proxy saw the CDN.
    expect(pickClientAddress("6.6.6.6, 203.0.113.7, 198.51.100.2", 2)).toBe("203.0.113.7");
    expect(pickClientAddress(" 203.0.113.7 ", 1)).toBe("203.0.113.7");
    expect(pickClientAddress("2001:db8::1", 1)).toBe("2001:db8::1");
  });

  it("cannot be chosen by the caller", () => {
    const real = "203.0.113.7";
    for (const claim of ["1.1.1.1", "1.1.1.1, 2.2.2.2", "", " , ,"]) {
      expect(pickClientAddress(claim ? `${claim}, ${real}` : real, 1)).toBe(real);
    }
  });

  it("uses the farthest entry when fewer proxies added one than are trusted", () => {
    expect(pickClientAddress("203.0.113.7", 2)).toBe("203.0.113.7");
  });

  it("ignores the header without a proxy, and without the header counts the caller as direct", () => {
    expect(pickClientAddress("6.6.6.6", 0)).toBe("direct");
    expect(pickClientAddress("6.6.6.6, 7.7.7.7", 0)).toBe("direct");
    expect(pickClientAddress(null, 1)).toBe("direct");
    expect(pickClientAddress(" , ", 1)).toBe("direct");
  });
});
