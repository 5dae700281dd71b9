// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded PGlite without it.
import { openDatabase } from "@/lib/db/open";
import { migrate } from "@/lib/db/migrate";

const database = openDatabase({ url: process.env.DATABASE_URL || undefined, pgliteDir: process.env.PGLITE_DIR ?? ".data/pglite" });
const applied = await migrate(database);
console.log(applied.length ? `Toegepast: ${applied.join(", ")}` : "De databank is al bij.");
await database.close();
