import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

// A personal link's token is HMAC-SHA256(secret, invitation, version): 256 bits no one can guess without the
// secret. The database keeps only its SHA-256, like any token, yet the app can put the same link in later mails
// (confirmation, reminder, change notice). A new link raises the version, which revokes the old one.

/** Public (it is in the source), so only tests may derive links from it. */
export const DEVELOPMENT_LINK_SECRET = "development-only-link-secret-never-in-production";

interface SecretSettings {
  LINK_SECRET?: string;
  NEXTAUTH_SECRET?: string;
  NODE_ENV?: string;
  VITEST?: string;
}

/**
 * The secret links are derived from. Outside tests there must be one: `npm start`, `npm run dev` and
 * `npm run db:seed` generate it once into `.data/` (scripts/runtime-config.ts); anything else refuses.
 */
export function pickLinkSecret(settings: SecretSettings): string {
  const secret = settings.LINK_SECRET || settings.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (settings.NODE_ENV === "test" || settings.VITEST) return DEVELOPMENT_LINK_SECRET;
  throw new Error(
    "Set LINK_SECRET or NEXTAUTH_SECRET, or start through npm start, npm run dev or npm run db:seed (they make one in .data/)",
  );
}

export function linkSecret(): string {
  return pickLinkSecret({
    LINK_SECRET: env.LINK_SECRET,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET,
    NODE_ENV: process.env.NODE_ENV,
    VITEST: process.env.VITEST,
  });
}

export function invitationToken(invitation: { id: string; linkVersion: number }, secret = linkSecret()): string {
  return createHmac("sha256", secret).update(`rsvp:${invitation.id}:${invitation.linkVersion}`).digest("base64url");
}
