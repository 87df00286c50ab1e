/** A setting the staff sign-in cannot start without, named so the fix is obvious. */
export class AuthSettingsError extends Error {
  override name = "AuthSettingsError";
}

export interface AuthSettings {
  /** The staff app's own address, where sign-in pages and cookies live. */
  baseURL: string;
  /** Signs sessions; must be the same on every machine and survive restarts. */
  secret: string;
}

const MIN_SECRET_LENGTH = 32;

/** Reads BETTER_AUTH_URL and BETTER_AUTH_SECRET, Better Auth's own variable names. */
export function resolveAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const secret = env.BETTER_AUTH_SECRET?.trim();
  if (!secret) {
    throw new AuthSettingsError(
      "BETTER_AUTH_SECRET is not set: staff sessions need a secret of at least 32 characters (try `openssl rand -base64 32`). `npm start` makes one for local use.",
    );
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new AuthSettingsError(`BETTER_AUTH_SECRET is too short: use at least ${MIN_SECRET_LENGTH} characters.`);
  }
  const baseURL = env.BETTER_AUTH_URL?.trim() || `http://localhost:${env.PORT?.trim() || "3001"}`;
  try {
    const url = new URL(baseURL);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http");
  } catch {
    throw new AuthSettingsError(
      `BETTER_AUTH_URL is not a web address: "${baseURL}". Use the staff app's address, like https://staff.example.org.`,
    );
  }
  return { baseURL: baseURL.replace(/\/+$/, ""), secret };
}
