// `npm start` (and `npm run demo`, with --seed): applies migrations, seeds the demo on first run,
// then serves the built app. PGlite allows one process per folder, so this process closes the
// database before the server opens it.
import { spawn } from "node:child_process";
import { demoPassword, prepareEnvironment } from "./runtime-config";

const { port, host, appUrl } = prepareEnvironment();
const withSeed = process.argv.includes("--seed");

const { database } = await import("@/lib/db");
const { migrate } = await import("@/lib/db/migrate");
const { seedDemo, DEMO_COORDINATOR_EMAIL } = await import("@/prisma/seed");

const applied = await migrate(database);
if (applied.length) console.log(`Migraties toegepast: ${applied.join(", ")}`);
let password: string | null = null;
if (withSeed) {
  password = demoPassword();
  if (await seedDemo(password)) console.log("Demogegevens aangemaakt (Gemeente Kempenrode).");
}
await database.close();

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", host, "-p", String(port)], {
  stdio: ["ignore", "inherit", "inherit"],
  env: process.env,
});
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));

console.log(`\nExpeditie Zorg planner draait op ${appUrl}`);
if (password) {
  console.log(`Aanmelden als coördinator: ${DEMO_COORDINATOR_EMAIL} met wachtwoord ${password}`);
  console.log("(ook: communicatie@example.org en wzc@example.org, zelfde wachtwoord)");
}
console.log("Zonder SMTP_URL blijven mails in het Postvak uit van de app, zodat je de links kunt volgen.\n");
