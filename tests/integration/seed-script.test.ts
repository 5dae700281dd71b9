// `npm run db:seed` as a newcomer runs it: no secret in the environment, not in a test. The demo's invitations must
// carry links from a generated secret (kept in .data/, for `npm start` to use too), never from the public constant.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { DEVELOPMENT_LINK_SECRET, invitationToken } from "@/lib/invitations/links";
import { hashToken } from "@/lib/tokens";

const repo = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "ezp-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run db:seed", () => {
  it("prepares a secret of its own and derives the demo links from it", { timeout: 240_000 }, async () => {
    // Its own folder (.data/ with the secret and the PGlite database); the migrations are read from ./prisma.
    symlinkSync(path.join(repo, "prisma"), path.join(dir, "prisma"));
    const env = { ...process.env };
    for (const name of ["NODE_ENV", "VITEST", "NEXTAUTH_SECRET", "LINK_SECRET", "DATABASE_URL", "PGLITE_DIR"]) {
      delete env[name];
    }
    for (const name of Object.keys(env)) if (name.startsWith("VITEST_")) delete env[name];
    const run = spawnSync(
      path.join(repo, "node_modules/.bin/tsx"),
      ["--tsconfig", path.join(repo, "tsconfig.json"), path.join(repo, "scripts/seed.ts")],
      { cwd: dir, env: { ...env, DEMO_PASSWORD: "demo-wachtwoord-123" }, encoding: "utf8" },
    );
    expect(run.stderr + run.stdout).toContain("Demo aangemaakt");
    expect(run.status).toBe(0);

    const secret = readFileSync(path.join(dir, ".data/nextauth-secret"), "utf8").trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const db = new PGlite(path.join(dir, ".data/pglite"));
    try {
      const { rows } = await db.query<{ id: string; linkVersion: number; tokenHash: string }>(
        `SELECT id, "linkVersion", "tokenHash" FROM "Invitation"`,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const invitation of rows) {
        expect(invitation.tokenHash).toBe(hashToken(invitationToken(invitation, secret)));
        expect(invitation.tokenHash).not.toBe(hashToken(invitationToken(invitation, DEVELOPMENT_LINK_SECRET)));
      }
    } finally {
      await db.close();
    }
  });
});
