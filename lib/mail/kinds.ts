/** Every kind of mail the app writes into the outbox (OutboxMessage.kind). */
export const MAIL_KINDS = [
  "sign-in",
  "colleague-invite",
  "invitation",
  "confirmation",
  "reminder",
  "deadline-reminder",
  "programme-update",
  "service-briefing",
  "service-briefing-update",
  "press-invitation",
] as const;

export type MailKind = (typeof MAIL_KINDS)[number];
