import { DatabaseConfigError } from "../src/config";

/** Runs a command; a configuration problem ends it with one plain line, not a stack trace. */
export async function runCommand(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof DatabaseConfigError) {
      console.error(`${name}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
