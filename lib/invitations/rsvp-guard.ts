import { headers } from "next/headers";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { pickClientAddress } from "@/lib/rate-limit/client-address";
import { allowRequest } from "@/lib/rate-limit/windows";
import { hashToken, isWellFormedToken } from "@/lib/tokens";

async function callerAddress(): Promise<string> {
  return pickClientAddress((await headers()).get("x-forwarded-for"), env.TRUSTED_PROXY_HOPS);
}

/**
 * One personal link may be used RSVP_RATE_LIMIT times a minute, one address ten times that (many people behind
 * one town-hall proxy). Both are counted for every answer, page view and calendar download; a malformed link
 * only for its address (it is refused anyway, and must not fill the counters). The counts are shared by every
 * instance (lib/rate-limit).
 */
export async function rsvpAllowed(token: string): Promise<boolean> {
  const limits = [{ key: `rsvp-address:${await callerAddress()}`, limit: env.RSVP_RATE_LIMIT * 10 }];
  if (isWellFormedToken(token)) limits.push({ key: `rsvp-link:${hashToken(token)}`, limit: env.RSVP_RATE_LIMIT });
  return allowRequest(prisma, limits);
}
