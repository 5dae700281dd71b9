import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Action } from "@/lib/auth/policy";
import { requireMember, type Member } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";

export type ActionState =
  | { ok: true; message?: string; link?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string>; values?: FormValues; code?: string }
  | null;

/** A server action as a form's `useActionState` takes it. */
export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** What the user typed, sent back with an error so the form shows it again (React resets forms after an action). */
export type FormValues = Record<string, string | string[]>;

/** FormData → plain object; a name used more than once becomes an array. React's own fields are left out. */
export function formToObject(formData: FormData): FormValues {
  const result: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length > 0) result[key] = values.length > 1 ? values : values[0]!;
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
    const submitted = formToObject(formData);
    // Passwords are never echoed back into the page.
    const values = Object.fromEntries(Object.entries(submitted).filter(([key]) => !/password/i.test(key)));
    const parsed = schema.safeParse(submitted);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.join(".") || "form";
        fieldErrors[field] ??= translate(t, issue.message);
      }
      return { ok: false, error: t("formInvalid"), fieldErrors, values };
    }
    try {
      return (await run(parsed.data)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserError) {
        const message = translate(t, error.key, error.values);
        const fieldErrors = error.field ? { [error.field]: message } : {};
        return { ok: false, error: message, fieldErrors, values, code: error.key };
      }
      const requestId = randomUUID();
      console.error(`[action ${requestId}]`, error);
      return { ok: false, error: t("unexpected", { requestId }), fieldErrors: {}, values };
    }
  };
}

/**
 * The shape of every signed-in action: resolve the session, check that the member may do `action` (and through
 * the member, the tenant), parse the form with the action's zod schema, run, and answer with a translated ActionState.
 */
export function memberAction<S extends z.ZodType>(
  action: Action,
  schema: S,
  run: (input: z.output<S>, member: Member) => Promise<ActionState | void>,
) {
  return async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    const member = await requireMember(action);
    return publicAction(schema, (input) => run(input, member))(previous, formData);
  };
}
