import { z } from "zod";

// Every setting the app reads; README.md's "Configuration" lists them for operators, with the same rules.
const schema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  APP_URL: z.string().url().default("http://localhost:3000"),
  // Read by next-auth itself; checked here so a typo shows at start.
  NEXTAUTH_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  // Personal links are derived from this secret (default: NEXTAUTH_SECRET); changing it revokes every link.
  LINK_SECRET: z.string().min(16).optional(),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Expeditie Zorg <expeditie-zorg@example.org>"),
  MAIL_WORKER_INTERVAL_MS: z.coerce.number().int().positive().default(5000),
  // Where `npm start` serves (scripts/runtime-config.ts).
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  // Answers (and calendar downloads) one personal link may send a minute, against abuse.
  RSVP_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  // The number of proxies in front of the app (a TLS reverse proxy: 1) whose entries in X-Forwarded-For are
  // trusted; the caller's address for that limit is the one the outermost of them added. 0 (no proxy) ignores
  // the header: `next start` fills it in only when a request has none, so it is the caller's own claim.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(1),
  // Optional outside services; the app works without them.
  GEOCODER_URL: z.string().url().optional(),
  // An OSRM-compatible table service; "{profile}" in it becomes foot, bike or car.
  ROUTING_URL: z.string().min(1).optional(),
  MAP_TILE_URL: z.string().min(1).optional(),
  MAP_TILE_ATTRIBUTION: z.string().optional(),
  // For `npm run demo` and `npm run db:seed`, which read it before the app starts.
  DEMO_PASSWORD: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

/** The settings from an environment; a variable set to "" counts as unset. Throws on an invalid value. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  return schema.parse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")));
}

export const env = parseEnv(process.env);

/** Absolute link into the app, for mails. */
export function appUrl(pathname: string): string {
  return new URL(pathname, env.APP_URL).toString();
}
