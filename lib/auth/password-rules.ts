// Shared by the server (hashing) and client forms (hints), so it has no Node imports.
export const MIN_PASSWORD_LENGTH = 10;
