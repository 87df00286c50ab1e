// `npm run admin:create -- --email you@example.org --name "Your Name"`: makes an admin account.
// The password is asked for (typed twice, not shown), or read from LEGIBLE_ADMIN_PASSWORD for
// scripts. There is no default password.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createAdminAccount, MIN_PASSWORD_LENGTH, NewAdminSchema, resolveAuthSettings } from "@legible/api/accounts";
import {
  checkDatabaseReachable,
  countStaffAccounts,
  createDatabase,
  DatabaseConfigError,
  describeDatabase,
  findProjectRoot,
  resolveDatabaseConfig,
} from "@legible/db";
import { authSecret } from "./lib/auth-secret";

class UsageError extends Error {}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const reader = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (reader as unknown as { _writeToOutput: (text: string) => void })._writeToOutput;
    let prompted = false;
    (reader as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
      // Show the question once, then nothing of what is typed.
      if (!prompted) {
        prompted = true;
        write.call(reader, text);
      }
    };
    reader.question(question, (answer) => {
      reader.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.LEGIBLE_ADMIN_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new UsageError("no password: run this in a terminal to type one, or set LEGIBLE_ADMIN_PASSWORD");
  }
  const first = await askHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await askHidden("Password again: ");
  if (first !== second) throw new UsageError("the two passwords differ; nothing was created");
  return first;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  if (!values.email || !values.name) {
    throw new UsageError('usage: npm run admin:create -- --email you@example.org --name "Your Name"');
  }
  const root = findProjectRoot();
  const password = await readPassword();
  const parsed = NewAdminSchema.safeParse({ email: values.email, name: values.name, password });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new UsageError(`${lines.join("; ")}; nothing was created`);
  }
  const config = resolveDatabaseConfig();
  const database = await createDatabase(config);
  try {
    await checkDatabaseReachable(database);
    await countStaffAccounts(database).catch(() => {
      throw new UsageError("the database has no tables yet: run `npm start` or `npm run db:migrate` first");
    });
    const settings = resolveAuthSettings({ ...process.env, BETTER_AUTH_SECRET: authSecret(root) });
    const admin = await createAdminAccount(database, settings, parsed.data);
    console.log(`admin:create: created admin ${admin.name} <${admin.email}> in ${describeDatabase(config)}`);
    console.log("admin:create: sign in to the staff app with that email and password");
  } finally {
    await database.close();
  }
}

try {
  await main();
} catch (error) {
  const known =
    error instanceof UsageError ||
    error instanceof DatabaseConfigError ||
    (error instanceof Error && "status" in error && typeof (error as { body?: unknown }).body === "object");
  if (!known) throw error;
  const message = (error as { body?: { message?: string } }).body?.message ?? (error as Error).message;
  console.error(`admin:create: ${message}`);
  process.exitCode = 1;
}
