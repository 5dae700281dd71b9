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
