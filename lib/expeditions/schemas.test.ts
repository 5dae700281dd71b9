import { describe, expect, it } from "vitest";
import { expeditionSchema } from "./schemas";

const valid = {
  title: "Expeditie Zorg",
  firstDay: "2027-03-16",
  lastDay: "2027-03-18",
  contactName: "Katrien Coppens",
  contactEmail: "Katrien@Example.org ",
  contactPhone: "014 12 34 56",
  practicalNotes: "",
  rsvpDeadlineDay: "2027-03-09",
  rsvpDeadlineTime: "12:00",
};

function errors(input: Record<string, string>) {
  const result = expeditionSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("expedition form", () => {
  it("accepts a well-filled form and normalises the e-mail", () => {
    const result = expeditionSchema.parse(valid);
    expect(result.contactEmail).toBe("katrien@example.org");
  });

  it("has no video and the default reminders when the form leaves them out", () => {
    const result = expeditionSchema.parse(valid);
    expect(result).toMatchObject({ videoUrl: "", reminderDays: 3, deadlineReminderDays: 2 });
  });

  it("reads a video link and the reminder days, 0 meaning no reminder", () => {
    const result = expeditionSchema.parse({
      ...valid,
      videoUrl: " https://www.youtube.com/watch?v=abc123 ",
      reminderDays: "14",
      deadlineReminderDays: "0",
    });
    expect(result).toMatchObject({
      videoUrl: "https://www.youtube.com/watch?v=abc123",
      reminderDays: 14,
      deadlineReminderDays: 0,
    });
  });

  it.each([
    [{ title: "  " }, "title", "titleRequired"],
    [{ firstDay: "16/03/2027" }, "firstDay", "dayInvalid"],
    [{ firstDay: "2027-02-30" }, "firstDay", "dayInvalid"],
    [{ lastDay: "2027-03-15" }, "lastDay", "lastDayBeforeFirst"],
    [{ lastDay: "2027-05-16" }, "lastDay", "expeditionTooLong"],
    [{ contactName: "" }, "contactName", "contactNameRequired"],
    [{ contactEmail: "katrien" }, "contactEmail", "emailInvalid"],
    [{ contactEmail: "" }, "contactEmail", "emailRequired"],
    [{ contactPhone: "bel me" }, "contactPhone", "phoneInvalid"],
    [{ rsvpDeadlineDay: "2027-03-17" }, "rsvpDeadlineDay", "deadlineAfterStart"],
    [{ rsvpDeadlineTime: "25:00" }, "rsvpDeadlineTime", "timeInvalid"],
    [{ practicalNotes: "x".repeat(2001) }, "practicalNotes", "tooLong"],
    [{ videoUrl: "http://www.youtube.com/watch?v=abc123" }, "videoUrl", "videoUrlInvalid"],
    [{ videoUrl: "www.youtube.com/watch?v=abc123" }, "videoUrl", "videoUrlInvalid"],
    [{ videoUrl: "javascript:alert(1)" }, "videoUrl", "videoUrlInvalid"],
    [{ videoUrl: "https://localhost/video" }, "videoUrl", "videoUrlInvalid"],
    [{ videoUrl: `https://example.org/${"x".repeat(500)}` }, "videoUrl", "tooLong"],
    [{ reminderDays: "20" }, "reminderDays", "reminderDaysInvalid"],
    [{ reminderDays: "15" }, "reminderDays", "reminderDaysInvalid"],
    [{ reminderDays: "-1" }, "reminderDays", "reminderDaysInvalid"],
    [{ reminderDays: "2.5" }, "reminderDays", "reminderDaysInvalid"],
    [{ reminderDays: "" }, "reminderDays", "reminderDaysInvalid"],
    [{ deadlineReminderDays: "drie" }, "deadlineReminderDays", "reminderDaysInvalid"],
  ])("rejects %j with a specific message", (change, field, key) => {
    expect(errors({ ...valid, ...change })[field]).toBe(key);
  });
});
