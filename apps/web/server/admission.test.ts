import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { admit } from "./admission";

// The machine takes a few downloads (and API requests) at once and turns the next away at once.

function exchange(url: string) {
  const response = Object.assign(new EventEmitter(), {
    status: 0,
    headers: {} as Record<string, string>,
    writeHead(status: number, headers: Record<string, string>) {
      this.status = status;
      this.headers = headers;
      return this;
    },
    end() {
      return this;
    },
  });
  return { request: { url } as IncomingMessage, response, asNode: response as unknown as ServerResponse };
}

describe("admission before Next", () => {
  it("takes four downloads at once, turns the fifth away with Retry-After, and takes one again when one ends", () => {
    const running = Array.from({ length: 4 }, () => exchange("/data/legible-dataset.json"));
    for (const each of running) expect(admit(each.request, each.asNode)).toBe(true);
    const fifth = exchange("/data/votes.csv");
    expect(admit(fifth.request, fifth.asNode)).toBe(false);
    expect(fifth.response.status).toBe(503);
    expect(fifth.response.headers["Retry-After"]).toBe("5");
    // Pages and other addresses are never counted.
    const page = exchange("/explainers/measure-1");
    expect(admit(page.request, page.asNode)).toBe(true);
    running[0]?.response.emit("close");
    const again = exchange("/data/votes.csv");
    expect(admit(again.request, again.asNode)).toBe(true);
    for (const each of [...running.slice(1), again]) each.response.emit("close");
  });
});
