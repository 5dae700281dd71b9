import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A value kept in .data/ (created once), so a restarted demo keeps its sessions and printed password. */
export function persistentSecret(file: string, make: () => string): string {
  const full = path.resolve(".data", file);
  if (existsSync(full)) return readFileSync(full, "utf8").trim();
  mkdirSync(path.dirname(full), { recursive: true });
  const value = make();
  writeFileSync(full, value + "\n", { mode: 0o600 });
  return value;
}

/** Fills in what a newcomer's machine lacks; an operator's environment always wins. */
export function prepareEnvironment(): { port: number; host: string; appUrl: string } {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  process.env.APP_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_URL ??= process.env.APP_URL;
  process.env.NEXTAUTH_SECRET ??= persistentSecret("nextauth-secret", () => randomBytes(32).toString("base64url"));
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  return { port, host, appUrl: process.env.APP_URL };
}

export function demoPassword(): string {
  return process.env.DEMO_PASSWORD ?? persistentSecret("demo-password", () => randomBytes(9).toString("base64url"));
}
