// Plain HTML + text mails with one layout. Every value is escaped; links are absolute.

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

export interface MailBlock {
  heading?: string;
  lines: string[];
  link?: { label: string; url: string };
}

export interface MailLayout {
  subject: string;
  /** An image across the top (the campaign banner), with its text for those who do not see it. */
  banner?: { url: string; alt: string };
  greeting: string;
  intro: string[];
  blocks?: MailBlock[];
  action?: { label: string; url: string };
  footer: string[];
}

import { escapeHtml } from "@/lib/text";

export function renderMail(mail: MailLayout): MailContent {
  const paragraph = (line: string) => `<p style="margin:0 0 12px">${escapeHtml(line).replaceAll("\n", "<br>")}</p>`;
  const blocksHtml = (mail.blocks ?? [])
    .map(
      (block) =>
        (block.heading ? `<h2 style="font-size:17px;margin:20px 0 8px">${escapeHtml(block.heading)}</h2>` : "") +
        block.lines.map(paragraph).join("") +
        (block.link
          ? `<p style="margin:0 0 12px"><a href="${escapeHtml(block.link.url)}">${escapeHtml(block.link.label)}</a></p>`
          : ""),
    )
    .join("");
  const actionHtml = mail.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(mail.action.url)}" style="background:#0b5d57;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(mail.action.label)}</a></p><p style="margin:0 0 12px;font-size:13px;color:#444">${escapeHtml(mail.action.url)}</p>`
    : "";
  const bannerHtml = mail.banner
    ? `<p style="margin:0 0 16px"><img src="${escapeHtml(mail.banner.url)}" alt="${escapeHtml(mail.banner.alt)}" width="600" style="display:block;width:100%;max-width:600px;height:auto;border:0"></p>`
    : "";
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(mail.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px">
${bannerHtml}${paragraph(mail.greeting)}${mail.intro.map(paragraph).join("")}${blocksHtml}${actionHtml}
<hr style="border:none;border-top:1px solid #ccc;margin:24px 0">${mail.footer.map(paragraph).join("")}
</body></html>`;
  const textParts = [
    mail.greeting,
    ...mail.intro,
    ...(mail.blocks ?? []).map((block) =>
      [block.heading?.toUpperCase(), ...block.lines, block.link && `${block.link.label}: ${block.link.url}`]
        .filter(Boolean)
        .join("\n"),
    ),
    ...(mail.action ? [`${mail.action.label}: ${mail.action.url}`] : []),
    "--",
    ...mail.footer,
  ];
  return { subject: mail.subject, html, text: textParts.join("\n\n") + "\n" };
}
