import { prisma } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";

// Password guessing is slowed per address: after MAX_FAILURES wrong passwords within WINDOW_MINUTES, the password
// is not even checked until the window has passed. The e-mailed sign-in link keeps working, so an attacker who
// triggers the limit does not lock the real user out.
export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

// Unknown addresses cost the same argon2 check, so the answer time does not tell who has an account.
const unknownUserHash = hashPassword("no account has this password");

/** The user for a correct e-mail and password, or null (wrong, unknown or too many recent failures). */
export async function checkPassword(email: string, password: string, now = new Date()) {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const [user, failures] = await Promise.all([
    prisma.user.findUnique({ where: { email } }),
    prisma.signInFailure.count({ where: { email, createdAt: { gt: since } } }),
  ]);
  const valid = await verifyPassword(user?.passwordHash ?? (await unknownUserHash), password);
  if (failures < MAX_FAILURES && user?.passwordHash && valid) return user;
  await prisma.$transaction([
    prisma.signInFailure.deleteMany({ where: { createdAt: { lt: since } } }),
    prisma.signInFailure.create({ data: { email, createdAt: now } }),
  ]);
  return null;
}
