// What a log line must never carry: staff and residents' email addresses, passwords, tokens and
// cookies. Fields with these names are replaced wherever they sit (up to two levels deep), and an
// email address written into a message or an error's text is masked too.

const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "token",
  "accessToken",
  "refreshToken",
  "secret",
  "cookie",
  "cookies",
  "authorization",
  "email",
  "emailAddress",
  "set-cookie",
];

function pathsOf(key: string): string[] {
  const own = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const joined = own.startsWith("[") ? own : `.${own}`;
  return [own, `*${joined}`, `*.*${joined}`];
}

/** pino's `redact.paths`: each secret field at the top, one and two levels down. */
export const REDACTED_PATHS = SECRET_KEYS.flatMap(pathsOf);

export const REDACTED = "[redacted]";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The text with every email address in it masked. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, "[email]");
}
