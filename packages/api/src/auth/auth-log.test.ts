import { Writable } from "node:stream";
import { createLogger, setProcessLogger } from "@legible/observe";
import { expect, it } from "vitest";
import { authLogger } from "./auth-log";

it("writes Better Auth's messages as JSON lines without the accounts it passes along", () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  setProcessLogger(createLogger({ destination, level: "debug" }));
  const logger = authLogger();
  logger.log("error", "sign-in failed for eve@example.org", { user: { email: "eve@example.org", name: "Eve" } });
  logger.log("warn", "could not send", new Error("no mailbox eve@example.org"));
  expect(lines).toEqual([
    expect.objectContaining({ level: 50, part: "auth", msg: "sign-in failed for [email]" }),
    expect.objectContaining({
      level: 40,
      part: "auth",
      msg: "could not send",
      err: expect.objectContaining({ message: "no mailbox [email]" }),
    }),
  ]);
  expect(JSON.stringify(lines)).not.toContain("eve@");
  expect(JSON.stringify(lines)).not.toContain("Eve");
});
