import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/client";
import { requireMember, type Member } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";

export type ActionState =
  | { ok: true; message?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string> }
  | null;

/** FormData → plain object; a name used more than once becomes an array. React's own fields are left out. */
export function formToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}

type Translate = Awaited<ReturnType<typeof getTranslations<"validation">>>;

function translate(t: Translate, key: string, values?: Record<string, string | number>): string {
  return t.has(key) ? t(key, values) : t("fieldInvalid");
}

/** Runs `run` for an unauthenticated caller (RSVP, invitation links) with the same validation and errors. */
export function publicAction<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => Promise<ActionState | void>) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const t = await getTranslations("validation");
    const parsed = schema.safeParse(formToObject(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || "form";
        fieldErrors[field] ??= translate(t, issue.message);
      }
      return { ok: false, error: t("formInvalid"), fieldErrors };
    }
    try {
      return (await run(parsed.data)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserError) {
        const message = translate(t, error.key, error.values);
        return { ok: false, error: message, fieldErrors: error.field ? { [error.field]: message } : {} };
      }
      const requestId = randomUUID();
      console.error(`[action ${requestId}]`, error);
      return { ok: false, error: t("unexpected", { requestId }), fieldErrors: {} };
    }
  };
}

/**
 * The shape of every signed-in action: resolve the session, check the role (and through the member, the
 * tenant), parse the form with the action's zod schema, run, and answer with a translated ActionState.
 */
export function memberAction<S extends z.ZodType>(
  roles: readonly Role[],
  schema: S,
  run: (input: z.output<S>, member: Member) => Promise<ActionState | void>,
) {
  return async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    const member = await requireMember(roles);
    return publicAction(schema, (input) => run(input, member))(previous, formData);
  };
}
