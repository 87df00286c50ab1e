import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * LEGIBLE_ALERTS_SECRET (signs the links in alert emails) when set; otherwise one made once and
 * kept in data/alerts-secret (ignored by git, readable only by its owner), so links in emails
 * already sent keep working after a restart. Production sets it, the same on every machine.
 */
export function alertsSecret(root: string): string {
  const fromEnv = process.env.LEGIBLE_ALERTS_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(root, "data", "alerts-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
