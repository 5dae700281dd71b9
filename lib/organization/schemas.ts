import { z } from "zod";
import { SERVICE_TYPES, parseLines } from "@/lib/services/schemas";
import { parsePortfolios } from "@/lib/mandataries/schemas";
import { plainText } from "@/lib/validation";
import { MAX_BANNER_BYTES } from "./banner-image";

/** One text field per service type: "keywords.CHILDCARE" = "kinderopvang, jeugd". */
const keywordFields = Object.fromEntries(
  SERVICE_TYPES.map((type) => [`keywords_${type}`, plainText().max(500, "tooLong").optional().default("")]),
) as Record<`keywords_${(typeof SERVICE_TYPES)[number]}`, z.ZodDefault<z.ZodOptional<z.ZodString>>>;

export const settingsSchema = z
  .object({
    brandColor: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, "colorInvalid")
      .transform((v) => v.toLowerCase()),
    portfolios: plainText()
      .max(4000, "tooLong")
      .optional()
      .default("")
      .transform(parseLines)
      // A comma or semicolon would split the name when a mandatary's portfolios are read back.
      .pipe(
        z
          .array(
            z
              .string()
              .max(80, "portfolioTooLong")
              .regex(/^[^,;]*$/, "portfolioSeparator"),
          )
          .max(100, "tooManyPortfolios"),
      ),
    ...keywordFields,
  })
  .transform(({ brandColor, portfolios, ...keywords }) => ({
    brandColor,
    portfolios,
    portfolioKeywords: Object.fromEntries(
      SERVICE_TYPES.map((type) => [type, parsePortfolios(keywords[`keywords_${type}`]).map((k) => k.toLowerCase())]),
    ),
  }));

export type SettingsInput = z.output<typeof settingsSchema>;

/** Which of the banner section's forms was sent (app/(app)/settings). */
const BANNER_INTENTS = ["upload", "remove"] as const;
export const bannerIntentSchema = z.object({ intent: z.enum(BANNER_INTENTS, "fieldInvalid") });

/** The banner upload's file (read from the FormData directly: form objects carry text only). Its type: banner-image.ts. */
export const bannerFileField = z
  .instanceof(File, { message: "bannerNoFile" })
  .refine((file) => file.size > 0, { message: "bannerNoFile" })
  .refine((file) => file.size <= MAX_BANNER_BYTES, { message: "bannerTooLarge" });
