import { defineConfig } from "prisma/config";

// DATABASE_URL is optional: without it the app runs on embedded PGlite (see lib/db.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
