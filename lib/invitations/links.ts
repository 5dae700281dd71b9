import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

// A personal link's token is HMAC-SHA256(secret, invitation, version): 256 bits no one can guess without the
// secret. The database keeps only its SHA-256, like any token, yet the app can put the same link in later mails
// (confirmation, reminder, change notice). A new link raises the version, which revokes the old one.

const DEVELOPMENT_SECRET = "development-only-link-secret-never-in-production";

function linkSecret(): string {
  const secret = env.LINK_SECRET ?? env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") throw new Error("Set LINK_SECRET or NEXTAUTH_SECRET");
  return DEVELOPMENT_SECRET;
}

export function invitationToken(invitation: { id: string; linkVersion: number }, secret = linkSecret()): string {
  return createHmac("sha256", secret).update(`rsvp:${invitation.id}:${invitation.linkVersion}`).digest("base64url");
}
