import { createHash, randomBytes } from "node:crypto";

// Personal links (RSVP, colleague invites) carry 256 random bits; the database keeps only the SHA-256.

export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as it can appear in a link: 43 base64url characters. Anything else is rejected before a lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
