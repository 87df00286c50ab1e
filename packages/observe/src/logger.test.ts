import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, nameProcess, processLogger, setProcessLogger } from "./logger";
import { runWithRequestId } from "./request-context";

/** A logger whose JSON lines are kept for the test to read. */
function capturedLogger(level = "debug") {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      done();
    },
  });
  return { logger: createLogger({ destination, level }), lines, raw };
}

describe("the logger", () => {
  it("writes one JSON object a line with an ISO time, the level and the message", () => {
    const { logger, lines } = capturedLogger();
    logger.info({ path: "/measures" }, "served");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: "served", path: "/measures" });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("adds the request id of the request it runs for, and none outside one", async () => {
    const { logger, lines } = capturedLogger();
    await runWithRequestId("req-123", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.info("inside");
    });
    logger.info("outside");
    expect(lines[0]).toMatchObject({ msg: "inside", requestId: "req-123" });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("never writes passwords, tokens, cookies or email addresses, at any depth it is given", () => {
    const { logger, lines } = capturedLogger();
    logger.info(
      {
        email: "ana@example.org",
        password: "hunter22",
        user: { email: "ben@example.org", token: "tok_abc" },
        request: { headers: { cookie: "session=xyz", authorization: "Bearer abc", "set-cookie": "s=1" } },
      },
      "signed in as carla@example.org",
    );
    logger.error({ err: new Error("no account for dan@example.org") }, "sign-in failed");
    const written = JSON.stringify(lines);
    for (const secret of [
      "ana@example.org",
      "hunter22",
      "ben@example.org",
      "tok_abc",
      "session=xyz",
      "Bearer abc",
      "s=1",
      "carla@example.org",
      "dan@example.org",
    ]) {
      expect(written).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ email: "[redacted]", user: { email: "[redacted]" }, msg: "signed in as [email]" });
    expect(lines[1]).toMatchObject({ err: { message: "no account for [email]" } });
  });

  it("names the app once on each line, however often the process is named", () => {
    const { logger, raw } = capturedLogger();
    const before = processLogger();
    setProcessLogger(logger);
    try {
      nameProcess("web");
      nameProcess("web");
      processLogger().info("named");
    } finally {
      setProcessLogger(before);
    }
    expect(raw[0]?.match(/"app":/g)).toHaveLength(1);
    expect(JSON.parse(raw[0] ?? "{}").app).toBe("web");
  });

  it("stays quiet below its level", () => {
    const { logger, lines } = capturedLogger("info");
    logger.debug("a query");
    expect(lines).toHaveLength(0);
  });
});
