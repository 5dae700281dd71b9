// `npm run db:seed`: migrates and seeds the demo municipality into an empty database.
import { demoPassword } from "./runtime-config";
import { openDatabase } from "@/lib/db/open";
import { migrate } from "@/lib/db/migrate";
import { seedDemo, DEMO_COORDINATOR_EMAIL } from "@/prisma/seed";

const database = openDatabase({ url: process.env.DATABASE_URL || undefined, pgliteDir: process.env.PGLITE_DIR ?? ".data/pglite" });
await migrate(database);
const password = demoPassword();
console.log((await seedDemo(database.prisma, password)) ? `Demo aangemaakt: ${DEMO_COORDINATOR_EMAIL} / ${password}` : "Er zijn al gegevens: niets gedaan.");
await database.close();
