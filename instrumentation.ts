// Runs once when the server starts: apply migrations, start the mail worker when SMTP is configured, and the
// hourly purge of personal data past its keeping period.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { database } = await import("@/lib/db");
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(database);
  const { startMailWorker } = await import("@/lib/mail/background");
  startMailWorker();
  const { startHousekeeping } = await import("@/lib/personal-data/housekeeping");
  startHousekeeping();
}
