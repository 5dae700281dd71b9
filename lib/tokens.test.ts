import { describe, expect, it } from "vitest";
import { generateToken, hashToken, isWellFormedToken } from "./tokens";

describe("personal link tokens", () => {
  it("are 256-bit, URL-safe and never repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
  });

  it("are stored as a SHA-256 that does not reveal the token", () => {
    const token = generateToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashToken(token)).toBe(hash);
  });

  it("hash differently when a single character changes", () => {
    const token = generateToken();
    expect(hashToken(generateToken())).not.toBe(hashToken(token));
    const tampered = (token[0] === "A" ? "B" : "A") + token.slice(1);
    expect(hashToken(tampered)).not.toBe(hashToken(token));
  });

  it("rejects anything that is not shaped like a token before a lookup", () => {
    expect(isWellFormedToken(generateToken())).toBe(true);
    for (const bad of ["", "abc", "x".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, "../../etc/passwd"]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});
