import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("settings from the environment", () => {
  it("has the README's defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({
      PGLITE_DIR: ".data/pglite",
      DATABASE_POOL_SIZE: 10,
      APP_URL: "http://localhost:3000",
      MAIL_FROM: "Expeditie Zorg <expeditie-zorg@example.org>",
      MAIL_WORKER_INTERVAL_MS: 5000,
      PORT: 3000,
      HOST: "127.0.0.1",
      RSVP_RATE_LIMIT: 20,
      TRUSTED_PROXY_HOPS: 1,
    });
  });

  it("reads numbers from their text, and an empty variable as unset", () => {
    const env = parseEnv({ DATABASE_POOL_SIZE: "25", RSVP_RATE_LIMIT: "5", SMTP_URL: "", DATABASE_URL: "" });
    expect(env).toMatchObject({ DATABASE_POOL_SIZE: 25, RSVP_RATE_LIMIT: 5 });
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "0" }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("takes secrets of the required length", () => {
    const secret = "x".repeat(32);
    expect(parseEnv({ NEXTAUTH_SECRET: secret, LINK_SECRET: "y".repeat(16) })).toMatchObject({
      NEXTAUTH_SECRET: secret,
      LINK_SECRET: "y".repeat(16),
    });
  });

  it.each([
    { NEXTAUTH_SECRET: "x".repeat(31) },
    { LINK_SECRET: "y".repeat(15) },
    { DATABASE_POOL_SIZE: "0" },
    { DATABASE_POOL_SIZE: "ten" },
    { APP_URL: "no address" },
    { NEXTAUTH_URL: "not a url" },
    { PORT: "70000" },
    { TRUSTED_PROXY_HOPS: "-1" },
    { TRUSTED_PROXY_HOPS: "1.5" },
  ])("refuses %o", (source) => {
    expect(() => parseEnv(source)).toThrow();
  });
});
