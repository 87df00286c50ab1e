import { describe, expect, it } from "vitest";
import { BUSY_RETRY_AFTER_SECONDS, createCallLimit } from "./public-call-limit";

// A machine works on a few public calls at once, lets a few wait, and refuses the rest at once.

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("the public call limit", () => {
  it("runs `concurrency` calls at once, queues `queue` more, and answers 503 with Retry-After to the next", async () => {
    const limit = createCallLimit({ concurrency: 2, queue: 1 });
    const release = gate();
    let running = 0;
    let most = 0;
    const call = async () => {
      running += 1;
      most = Math.max(most, running);
      await release.opened;
      running -= 1;
      return new Response("ok");
    };
    const accepted = [limit.run(call), limit.run(call), limit.run(call)];
    const refused = await limit.run(call);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe(String(BUSY_RETRY_AFTER_SECONDS));
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      `This server is busy. Try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
    );
    release.open();
    const answers = await Promise.all(accepted);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(most).toBe(2);
    // Room again once they are done.
    expect((await limit.run(async () => new Response("ok"))).status).toBe(200);
  });

  it("is off with a concurrency of 0", async () => {
    const limit = createCallLimit({ concurrency: 0, queue: 0 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => limit.run(async () => new Response("ok"))));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
  });
});
