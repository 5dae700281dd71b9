// `npm run db:seed`: migrates and seeds the demo municipality into an empty database.
// The demo's invitations carry personal links, so the secret they are derived from is prepared first (the one
// `npm start` uses too); the app's modules read the environment when loaded, hence the imports after it.
import { demoPassword, prepareEnvironment } from "./runtime-config";

prepareEnvironment();

const { database } = await import("@/lib/db");
const { migrate } = await import("@/lib/db/migrate");
const { seedDemo, DEMO_COORDINATOR_EMAIL } = await import("@/prisma/seed");

await migrate(database);
const password = demoPassword();
console.log(
  (await seedDemo(password))
    ? `Demo aangemaakt: ${DEMO_COORDINATOR_EMAIL} / ${password}`
    : "Er zijn al gegevens: niets gedaan.",
);
await database.close();
