import { z } from "zod";
import { emailField } from "@/lib/auth/schemas";
import { optionalText, phoneField, plainText, requiredText } from "@/lib/validation";

export const MANDATARY_ROLES = [
  "MAYOR",
  "ALDERMAN",
  "COUNCIL_MEMBER",
  "SOCIAL_COMMITTEE_CHAIR",
  "SOCIAL_COMMITTEE_MEMBER",
  "GENERAL_DIRECTOR",
  "HEAD_OF_SERVICE",
  "MANAGEMENT_TEAM",
  "FLEMISH_POLICY_MAKER",
  "OTHER",
] as const;

/** "Kinderopvang, Jeugd; Welzijn" → ["Kinderopvang", "Jeugd", "Welzijn"] */
export function parsePortfolios(value: string): string[] {
  const seen = new Set<string>();
  return value
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter((p) => p && !seen.has(p.toLowerCase()) && seen.add(p.toLowerCase()));
}

/** Checked portfolios (a list) and typed ones ("Jeugd, Sport") read as one text. */
const portfolioText = z.preprocess(
  (v) => (Array.isArray(v) ? v.join(", ") : v),
  plainText().max(1000, "tooLong").optional().default(""),
);

export const mandatarySchema = z
  .object({
    firstName: requiredText(80, "firstNameRequired"),
    lastName: requiredText(80, "lastNameRequired"),
    role: z.enum(MANDATARY_ROLES, "mandataryRoleRequired"),
    email: emailField,
    phone: phoneField,
    party: optionalText(80),
    // The organization's portfolios as checkboxes, and new ones typed in `otherPortfolios`.
    portfolios: portfolioText,
    otherPortfolios: portfolioText,
    // Optional, purged after the aftercare (lib/personal-data/purge-needs.ts).
    dietaryNeeds: optionalText(500),
    mobilityNeeds: optionalText(500),
  })
  .transform(({ otherPortfolios, ...rest }) => ({
    ...rest,
    portfolios: parsePortfolios(`${rest.portfolios},${otherPortfolios}`),
  }))
  .superRefine(({ portfolios }, ctx) => {
    if (portfolios.some((p) => p.length > 80)) {
      ctx.addIssue({ code: "custom", path: ["otherPortfolios"], message: "portfolioTooLong" });
    } else if (portfolios.length > 20) {
      ctx.addIssue({ code: "custom", path: ["otherPortfolios"], message: "tooManyPortfolios" });
    }
  });

export type MandataryInput = z.output<typeof mandatarySchema>;
