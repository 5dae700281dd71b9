// The mails a mandatary gets about an expedition, in Dutch (mandataries are addressed in Dutch): the invitation,
// the confirmation of their answer, the reminders and the notice of a changed programme. One layout for all.
import { translator } from "@/lib/i18n/translator";
import { renderMail, type MailBlock, type MailContent } from "@/lib/mail/render";
import { expeditionContact } from "@/lib/expeditions/contact";
import { bannerUrl } from "@/lib/organization/banner";
import { stopLabel } from "@/lib/programme/places";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/time";
import type { EventChanges, MailedEvent, PersonalStop } from "./personal-programme";

export interface PersonalMailData {
  organization: { id: string; name: string };
  expedition: {
    title: string;
    firstDay: Date;
    lastDay: Date;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    practicalNotes: string;
    rsvpDeadline: Date;
    videoUrl: string;
  };
  mandatary: { firstName: string; lastName: string };
  /** The stops to show, in time order (personalStops). */
  stops: PersonalStop[];
  /** The personal link. */
  link: string;
}

const t = translator("mail");

function when(expedition: PersonalMailData["expedition"]): string {
  return expedition.firstDay.getTime() === expedition.lastDay.getTime()
    ? formatLongDate(expedition.firstDay)
    : t("common.dateRange", { from: formatLongDate(expedition.firstDay), to: formatLongDate(expedition.lastDay) });
}

/** "09:00–10:00  Woonzorgcentrum De Linde, Lindenlaan 20, 2275 Kempenrode — ontbijt (keuze, 4 plaatsen)" */
function stopLine({ stop, place, programme }: PersonalStop, showOptions: boolean): string {
  const where = [stopLabel(stop) || place.name, place.address].filter(Boolean).join(", ");
  const option =
    showOptions && programme.kind === "CHOICE" && stop.isOption
      ? ` (${t("common.option", { capacity: stop.capacity ?? -1 })})`
      : "";
  return `${formatTime(stop.startsAt)}–${formatTime(stop.endsAt)}  ${where}${stop.activity ? ` — ${stop.activity}` : ""}${option}`;
}

/** One block per programme day. `showOptions` marks the options to choose from (the invitation). */
export function programmeBlocks(stops: readonly PersonalStop[], showOptions = false): MailBlock[] {
  const blocks = new Map<string, MailBlock>();
  for (const item of stops) {
    const block = blocks.get(item.programme.id) ?? {
      heading: t("common.programme", { name: item.programme.name, day: formatLongDate(item.programme.day) }),
      lines: [],
    };
    block.lines.push(stopLine(item, showOptions));
    blocks.set(item.programme.id, block);
  }
  return [...blocks.values()];
}

function closingBlocks(data: PersonalMailData): MailBlock[] {
  const { expedition } = data;
  return [
    ...(expedition.practicalNotes ? [{ heading: t("common.practical"), lines: [expedition.practicalNotes] }] : []),
    ...(expedition.videoUrl
      ? [{ heading: t("common.video"), lines: [], link: { label: t("common.videoLink"), url: expedition.videoUrl } }]
      : []),
    { heading: t("common.contact"), lines: [expeditionContact(expedition)] },
  ];
}

function personalMail(
  data: PersonalMailData,
  mail: { subject: string; intro: string[]; blocks: MailBlock[]; action: string },
): MailContent {
  return renderMail({
    subject: mail.subject,
    banner: { url: bannerUrl(data.organization.id), alt: t("common.bannerAlt") },
    greeting: t("common.greeting", { name: `${data.mandatary.firstName} ${data.mandatary.lastName}` }),
    intro: mail.intro,
    blocks: [...mail.blocks, ...closingBlocks(data)],
    action: { label: mail.action, url: data.link },
    footer: [t("common.footer", { organization: data.organization.name })],
  });
}

export function invitationMail(data: PersonalMailData): MailContent {
  const { expedition } = data;
  const choice = data.stops.some(({ programme, stop }) => programme.kind === "CHOICE" && stop.isOption);
  const deadline = formatDateTime(expedition.rsvpDeadline);
  return personalMail(data, {
    subject: t("invitation.subject", { title: expedition.title }),
    intro: [
      t("invitation.intro", { organization: data.organization.name, title: expedition.title }),
      t("invitation.when", { when: when(expedition) }),
    ],
    blocks: [
      ...programmeBlocks(data.stops, true),
      {
        heading: t("invitation.answer"),
        lines: [choice ? t("invitation.deadlineChoice", { deadline }) : t("invitation.deadline", { deadline })],
      },
    ],
    action: t("invitation.action"),
  });
}

export type Answer = "ACCEPTED" | "DECLINED" | "MAYBE";

export function confirmationMail(
  data: PersonalMailData,
  answer: { status: Answer; companionName: string; note: string; withCalendar: boolean },
): MailContent {
  const { expedition } = data;
  const coming = answer.status !== "DECLINED";
  const details = [
    ...(coming && answer.companionName ? [t("confirmation.companion", { name: answer.companionName })] : []),
    ...(answer.note ? [t("confirmation.note", { note: answer.note })] : []),
  ];
  return personalMail(data, {
    subject: t("confirmation.subject", { title: expedition.title, status: answer.status }),
    intro: [
      t("confirmation.intro", { status: answer.status, title: expedition.title, when: when(expedition) }),
      ...(coming && answer.withCalendar ? [t("confirmation.calendar")] : []),
      ...(!coming && answer.withCalendar ? [t("confirmation.calendarCancelled")] : []),
      t("confirmation.change", { deadline: formatDateTime(expedition.rsvpDeadline) }),
    ],
    blocks: [
      ...(coming ? programmeBlocks(data.stops) : []),
      ...(details.length > 0 ? [{ heading: t("confirmation.details"), lines: details }] : []),
    ],
    action: t("confirmation.action"),
  });
}

/** A few days before: those who come get their programme and the practical arrangements again. */
export function reminderMail(data: PersonalMailData): MailContent {
  return personalMail(data, {
    subject: t("reminder.subject", { title: data.expedition.title, when: when(data.expedition) }),
    intro: [t("reminder.intro", { title: data.expedition.title, when: when(data.expedition) })],
    blocks: programmeBlocks(data.stops),
    action: t("reminder.action"),
  });
}

/** Before the deadline: those who have not answered are asked once more. */
export function deadlineReminderMail(data: PersonalMailData): MailContent {
  const deadline = formatDateTime(data.expedition.rsvpDeadline);
  return personalMail(data, {
    subject: t("deadlineReminder.subject", { title: data.expedition.title }),
    intro: [t("deadlineReminder.intro", { title: data.expedition.title, when: when(data.expedition), deadline })],
    blocks: programmeBlocks(data.stops, true),
    action: t("invitation.action"),
  });
}

function eventLine(event: MailedEvent): string {
  const start = new Date(event.start);
  // The place often starts with the service's name, which the summary already says.
  const place = event.location.startsWith(event.summary)
    ? event.location.slice(event.summary.length).replace(/^,\s*/, "")
    : event.location;
  return `${formatLongDate(start)} ${formatTime(start)}–${formatTime(new Date(event.end))}  ${[event.summary, place].filter(Boolean).join(", ")}`;
}

/** The programme changed after the invitation: what changed, then the whole programme as it is now. */
export function programmeUpdateMail(
  data: PersonalMailData,
  changes: EventChanges,
  calendar: "update" | "none",
): MailContent {
  const lines = [
    ...changes.changed.map(({ before, after }) =>
      t("update.changed", { before: eventLine(before), after: eventLine(after) }),
    ),
    ...changes.added.map((event) => t("update.added", { event: eventLine(event) })),
    ...changes.removed.map((event) => t("update.removed", { event: eventLine(event) })),
  ];
  return personalMail(data, {
    subject: t("update.subject", { title: data.expedition.title }),
    intro: [
      t("update.intro", { title: data.expedition.title }),
      ...(calendar === "update" ? [t("update.calendar")] : []),
    ],
    blocks: [{ heading: t("update.what"), lines }, ...programmeBlocks(data.stops, calendar === "none")],
    action: calendar === "update" ? t("confirmation.action") : t("invitation.action"),
  });
}
