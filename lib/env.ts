import { z } from "zod";

// Every setting the app reads; README.md lists them for operators.
const schema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  APP_URL: z.string().url().default("http://localhost:3000"),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Expeditie Zorg <expeditie-zorg@example.org>"),
  MAIL_WORKER_INTERVAL_MS: z.coerce.number().int().positive().default(5000),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  // Personal links are derived from this secret (default: NEXTAUTH_SECRET); changing it revokes every link.
  LINK_SECRET: z.string().min(16).optional(),
  // Answers (and calendar downloads) one personal link may send a minute, against abuse.
  RSVP_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  // Optional outside services; the app works without them.
  GEOCODER_URL: z.string().url().optional(),
  // An OSRM-compatible table service; "{profile}" in it becomes foot, bike or car.
  ROUTING_URL: z.string().min(1).optional(),
  MAP_TILE_URL: z.string().min(1).optional(),
  MAP_TILE_ATTRIBUTION: z.string().optional(),
});

export const env = schema.parse({
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  SMTP_URL: process.env.SMTP_URL || undefined,
  GEOCODER_URL: process.env.GEOCODER_URL || undefined,
  ROUTING_URL: process.env.ROUTING_URL || undefined,
  MAP_TILE_URL: process.env.MAP_TILE_URL || undefined,
  LINK_SECRET: process.env.LINK_SECRET || undefined,
});

/** Absolute link into the app, for mails. */
export function appUrl(pathname: string): string {
  return new URL(pathname, env.APP_URL).toString();
}
