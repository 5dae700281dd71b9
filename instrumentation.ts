// Runs once when the server starts: apply migrations, then start the scheduler of the recurring jobs (mail,
// reminders, briefing updates, purges; lib/scheduler).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Without a secret no personal link can be made (lib/invitations/links.ts): refuse to start rather than fail later.
  const { linkSecret } = await import("@/lib/invitations/links");
  linkSecret();
  const { database } = await import("@/lib/db");
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(database);
  const { startScheduler } = await import("@/lib/scheduler/start");
  startScheduler();
}
