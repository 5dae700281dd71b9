import type { RsvpStatus } from "@/lib/generated/prisma/enums";

export type AnswerCounts = {
  invited: number;
  accepted: number;
  maybe: number;
  declined: number;
  pending: number;
};

/** The answers of the invitations, plus the anonymous counts left by erased mandataries. */
export function countAnswers(
  invitations: readonly { status: RsvpStatus }[],
  erased: readonly { status: RsvpStatus; count: number }[] = [],
): AnswerCounts {
  const count = (status: RsvpStatus) =>
    invitations.filter((i) => i.status === status).length +
    erased.filter((e) => e.status === status).reduce((sum, e) => sum + e.count, 0);
  const accepted = count("ACCEPTED");
  const maybe = count("MAYBE");
  const declined = count("DECLINED");
  const pending = count("PENDING");
  return { invited: accepted + maybe + declined + pending, accepted, maybe, declined, pending };
}
