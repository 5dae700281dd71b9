import { headers } from "next/headers";
import { env } from "@/lib/env";
import { hashToken } from "@/lib/tokens";
import { allowRequest } from "./rate-limit";

/** The caller as the reverse proxy reports it. */
async function callerAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || "direct";
}

/**
 * One personal link may be used RSVP_RATE_LIMIT times a minute, one address ten times that (many people behind
 * one town-hall proxy). Both are counted for every answer, page view and calendar download.
 */
export async function rsvpAllowed(token: string): Promise<boolean> {
  const link = allowRequest(`link:${hashToken(token)}`, env.RSVP_RATE_LIMIT);
  const address = allowRequest(`address:${await callerAddress()}`, env.RSVP_RATE_LIMIT * 10);
  return link && address;
}
