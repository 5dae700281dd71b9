import type { RsvpStatus } from "@/lib/generated/prisma/enums";

export type AnswerCounts = {
  invited: number;
  accepted: number;
  declined: number;
  pending: number;
};

export function countAnswers(invitations: readonly { status: RsvpStatus }[]): AnswerCounts {
  const count = (status: RsvpStatus) => invitations.filter((i) => i.status === status).length;
  return {
    invited: invitations.length,
    accepted: count("ACCEPTED"),
    declined: count("DECLINED"),
    pending: count("PENDING"),
  };
}
