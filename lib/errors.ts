import type { Finding } from "@/lib/programme/checks";

/** An expected failure with a message for the user: a key in the "validation" catalog namespace. */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(key);
  }
}

/** A save the programme checks refuse: it would add these errors. The action words them for its reader. */
export class ChecksRefused extends Error {
  constructor(readonly findings: Finding[]) {
    super("checks refused");
  }
}
