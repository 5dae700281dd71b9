import { describe, expect, it } from "vitest";
import { renderMail } from "./render";
import { escapeHtml } from "@/lib/text";

describe("mail rendering", () => {
  const mail = renderMail({
    subject: "Uitnodiging",
    greeting: "Beste <Jan>,",
    intro: ["Lijn één", "Tom & Jerry"],
    blocks: [{ heading: "Programma", lines: ['09:00–10:00 WZC "De Linde"'] }],
    action: { label: "Antwoorden", url: "https://app.example.org/rsvp/abc?x=1&y=2" },
    footer: ["Groet"],
  });

  it("escapes every value in the HTML part", () => {
    expect(mail.html).toContain("Beste &lt;Jan&gt;,");
    expect(mail.html).toContain("Tom &amp; Jerry");
    expect(mail.html).toContain("WZC &quot;De Linde&quot;");
    expect(mail.html).toContain('href="https://app.example.org/rsvp/abc?x=1&amp;y=2"');
    expect(mail.html).not.toContain("<Jan>");
  });

  it("has a readable plain-text part with the link", () => {
    expect(mail.text).toContain("Beste <Jan>,");
    expect(mail.text).toContain('PROGRAMMA\n09:00–10:00 WZC "De Linde"');
    expect(mail.text).toContain("Antwoorden: https://app.example.org/rsvp/abc?x=1&y=2");
  });

  it("escapes quotes and ampersands", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
