"use client";

import { useTranslations } from "next-intl";
import type { Finding } from "@/lib/programme/checks";

/** Errors first, then warnings, each in Dutch; a finding about a stop links to it. */
export function FindingsList({ findings, linkStops = true }: { findings: Finding[]; linkStops?: boolean }) {
  const t = useTranslations("checks");
  const tp = useTranslations("programme");
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <ul className="flex flex-col gap-2">
      {sorted.map((finding, i) => {
        const text = t(finding.code, finding.values);
        const stopId = finding.stopIds[0];
        return (
          <li
            key={i}
            className={
              finding.severity === "error"
                ? "rounded border-l-4 border-red-800 bg-red-50 p-2 text-red-950"
                : "rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-amber-950"
            }
          >
            <span className="font-semibold">{finding.severity === "error" ? tp("error") : tp("warning")}: </span>
            {linkStops && stopId ? <a href={`#stop-${stopId}`}>{text}</a> : text}
          </li>
        );
      })}
    </ul>
  );
}

/** "2 fouten, 1 waarschuwing" or "In orde". */
export function FindingsSummary({ findings }: { findings: Finding[] }) {
  const tp = useTranslations("programme");
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return <span className="badge">{tp("allGood")}</span>;
  return (
    <span className={errors > 0 ? "font-semibold text-red-800" : "text-amber-900"}>
      {tp("counts", { errors, warnings })}
    </span>
  );
}
