import { headers } from "next/headers";
import { env } from "@/lib/env";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { allowRequest } from "./rate-limit";

/**
 * The caller's address: the last entry of X-Forwarded-For, the one the nearest proxy (or Next.js itself) added.
 * Earlier entries are whatever the caller claimed.
 */
async function callerAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",").at(-1)?.trim() || "direct";
}

/**
 * One personal link may be used RSVP_RATE_LIMIT times a minute, one address ten times that (many people behind
 * one town-hall proxy). Both are counted for every answer, page view and calendar download; a malformed link
 * only for its address (it is refused anyway, and must not fill the counters).
 */
export async function rsvpAllowed(token: string): Promise<boolean> {
  const address = allowRequest(`address:${await callerAddress()}`, env.RSVP_RATE_LIMIT * 10);
  if (!isWellFormedToken(token)) return address;
  const link = allowRequest(`link:${hashToken(token)}`, env.RSVP_RATE_LIMIT);
  return link && address;
}
