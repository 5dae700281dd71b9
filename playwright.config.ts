import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SERVERS } from "./tests/e2e/config";

// Use the system Chromium where there is one (Debian's package); elsewhere Playwright's own browser.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const launchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

const server = (name: keyof typeof SERVERS) => {
  const s = SERVERS[name];
  return {
    command: `npx tsx tests/e2e/server.ts ${name} ${s.port}${"smtpPort" in s ? ` ${s.smtpPort}` : ""}`,
    url: `http://127.0.0.1:${s.port}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 10_000 },
  };
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous, since CI runs on the same two cores as everything else (a busy run was three times slower than a
  // quiet one). A failing test takes longer to report; a passing one is not slowed down.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    actionTimeout: 20_000,
    locale: "nl-BE",
    timezoneId: "Europe/Brussels",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "main",
      testIgnore: /demo-mailbox/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${SERVERS.main.port}`, launchOptions },
    },
    {
      name: "demo",
      testMatch: /demo-mailbox/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${SERVERS.demo.port}`, launchOptions },
    },
  ],
  webServer: [server("main"), server("demo")],
});
