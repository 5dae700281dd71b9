import { translator } from "@/lib/i18n/translator";
import { expeditionContact } from "@/lib/expeditions/contact";
import { renderMail, type MailBlock, type MailContent } from "@/lib/mail/render";
import { formatLongDate, formatTime, parseDay } from "@/lib/time";
import { visitorLine, type ServiceBriefingContent, type Visitor, type VisitorChanges } from "./briefing";

export interface BriefingMailContext {
  organizationName: string;
  expedition: { title: string; contactName: string; contactEmail: string; contactPhone: string };
}

/** What changed since the last mail; a removed visitor's name is null when they were erased meanwhile. */
export type NamedChanges = Omit<VisitorChanges<Visitor>, "removed"> & { removed: (string | null)[] };

// The services are addressed in Dutch, like the mandataries.
const t = translator("mail.briefing");
const roles = translator("mandataryRoles");

function describe(visitor: Visitor): string {
  return visitorLine(visitor, {
    role: roles(visitor.role),
    companion: (name) => t("companion", { name }),
    maybe: t("maybe"),
  });
}

/** The visits with what is expected and who comes, then the practical notes and whom to call. */
function briefingBlocks(context: BriefingMailContext, content: ServiceBriefingContent): MailBlock[] {
  const visits = content.visits.map((visit) => {
    const companions = visit.visitors.filter((v) => v.companionName).length;
    const expected = (
      [
        ["part", visit.title],
        ["activity", visit.activity],
        ["handsOnTask", visit.handsOnTask],
        ["welcomedBy", visit.welcomedBy],
        ["userParticipation", visit.userParticipation],
        ["notes", visit.notes],
      ] as const
    ).flatMap(([key, text]) => (text.trim() ? [t(key, { text: text.trim() })] : []));
    return {
      heading: t("visit", {
        day: formatLongDate(parseDay(visit.day)),
        from: formatTime(visit.startsAt),
        to: formatTime(visit.endsAt),
        programme: visit.programmeName,
      }),
      lines: [
        ...(visit.isOption ? [t("option")] : []),
        ...expected,
        visit.visitors.length === 0
          ? t("noVisitors")
          : [
              t("visitors", { count: visit.visitors.length, companions }),
              ...visit.visitors.map((v) => `• ${describe(v)}`),
            ].join("\n"),
      ],
    };
  });
  return [
    ...(visits.length > 0 ? visits : [{ lines: [t("noVisits", { service: content.service.name })] }]),
    ...(content.practicalNotes.trim() ? [{ heading: t("practical"), lines: [content.practicalNotes.trim()] }] : []),
    { heading: t("contact"), lines: [expeditionContact(context.expedition)] },
  ];
}

/** The first mail to a service's contact: who comes when and what is expected of them. */
export function briefingMail(context: BriefingMailContext, content: ServiceBriefingContent): MailContent {
  const values = { title: context.expedition.title, service: content.service.name };
  return renderMail({
    subject: t("subject", values),
    greeting: t("greeting", { name: content.service.contactName }),
    intro: [t("intro", { ...values, organization: context.organizationName })],
    blocks: briefingBlocks(context, content),
    footer: [t("footer", { organization: context.organizationName })],
  });
}

/** The digest after answers changed: who now comes, who no longer comes, and the whole list as it is now. */
export function briefingUpdateMail(
  context: BriefingMailContext,
  content: ServiceBriefingContent,
  changes: NamedChanges,
): MailContent {
  const values = { title: context.expedition.title, service: content.service.name };
  const names = (visitors: Visitor[]) => visitors.map(describe).join("; ");
  const removedNames = changes.removed.filter((name): name is string => name !== null);
  const erased = changes.removed.length - removedNames.length;
  const lines = [
    ...(changes.added.length > 0 ? [t("added", { names: names(changes.added) })] : []),
    ...(changes.removed.length > 0
      ? [t("removed", { names: [...removedNames, ...(erased > 0 ? [t("erased", { count: erased })] : [])].join("; ") })]
      : []),
    ...changes.changed.map((v) => t(v.maybe ? "nowMaybe" : "nowSure", { names: describe(v) })),
  ];
  return renderMail({
    subject: t("updateSubject", values),
    greeting: t("greeting", { name: content.service.contactName }),
    intro: [t("updateIntro", values)],
    blocks: [
      { heading: t("changes"), lines: lines.length > 0 ? lines : [t("otherChanges")] },
      { heading: t("current"), lines: [] },
      ...briefingBlocks(context, content),
    ],
    footer: [t("footer", { organization: context.organizationName })],
  });
}
