import { describe, expect, it } from "vitest";
import { readMailAttachments } from "./outbox";

describe("stored attachments", () => {
  it("reads back what was stored, and refuses anything else", () => {
    const files = [{ filename: "expeditie-zorg.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" }];
    expect(readMailAttachments(JSON.parse(JSON.stringify(files)))).toEqual(files);
    expect(readMailAttachments([])).toEqual([]);
    expect(() => readMailAttachments([{ filename: "x.ics" }])).toThrow();
  });
});
