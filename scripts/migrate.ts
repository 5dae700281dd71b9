// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded PGlite without it.
import { database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";

const applied = await migrate(database);
console.log(applied.length ? `Toegepast: ${applied.join(", ")}` : "De databank is al bij.");
await database.close();
