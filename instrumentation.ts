// Runs once when the server starts: apply migrations, then start the mail worker when SMTP is configured.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { database } = await import("@/lib/db");
  const { migrate } = await import("@/lib/db/migrate");
  await migrate(database);
  const { startMailWorker } = await import("@/lib/mail/background");
  startMailWorker();
}
