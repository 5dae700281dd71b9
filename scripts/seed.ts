// `npm run db:seed`: migrates and seeds the demo municipality into an empty database.
import { demoPassword } from "./runtime-config";
import { database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { seedDemo, DEMO_COORDINATOR_EMAIL } from "@/prisma/seed";

await migrate(database);
const password = demoPassword();
console.log(
  (await seedDemo(password))
    ? `Demo aangemaakt: ${DEMO_COORDINATOR_EMAIL} / ${password}`
    : "Er zijn al gegevens: niets gedaan.",
);
await database.close();
