import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { EncodedResponse } from "./encoded-response";

// The site's responses reach the socket as bytes when Next ends them with a long string, and
// say the same thing as before: same bytes, same encodings, callbacks still called.

const LONG_PAGE = `<p>Council’s vote — “yes”: ${"Ñandú ".repeat(4_000)}</p>`;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves one answer through EncodedResponse; returns the body received and what the socket was given. */
async function serve(answer: (response: ServerResponse, done: () => void) => void) {
  const socketChunks: unknown[] = [];
  let finished = false;
  server = createServer({ ServerResponse: EncodedResponse }, (_request: IncomingMessage, response) => {
    const socket = response.socket;
    if (socket) {
      const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
      socket.write = ((chunk: unknown, ...rest: unknown[]) => {
        socketChunks.push(chunk);
        return write(chunk, ...rest);
      }) as typeof socket.write;
    }
    answer(response, () => {
      finished = true;
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const body = Buffer.from(await (await fetch(`http://127.0.0.1:${port}/`)).arrayBuffer());
  return { body, socketChunks, finished };
}

const longStrings = (chunks: unknown[]) => chunks.filter((chunk) => typeof chunk === "string" && chunk.length > 16_384);

describe("the site's response class", () => {
  it("hands a long page to the socket as bytes, and the reader gets the same text", async () => {
    const { body, socketChunks, finished } = await serve((response, done) => {
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(LONG_PAGE, done);
    });
    expect(body.toString("utf8")).toBe(LONG_PAGE);
    expect(longStrings(socketChunks)).toEqual([]);
    expect(socketChunks.some((chunk) => Buffer.isBuffer(chunk) && chunk.length === Buffer.byteLength(LONG_PAGE))).toBe(
      true,
    );
    expect(finished).toBe(true);
  });

  it("keeps the encoding it was given, in write and in end", async () => {
    const latin1 = "café ".repeat(5_000);
    const { body, finished } = await serve((response, done) => {
      response.write(latin1, "latin1");
      response.end(latin1, "latin1", done);
    });
    expect(body).toEqual(Buffer.from(latin1 + latin1, "latin1"));
    expect(finished).toBe(true);
  });

  it("leaves short answers and bytes as they were given", async () => {
    const { body, socketChunks } = await serve((response) => {
      response.write(Buffer.from("one "));
      response.end("two");
    });
    expect(body.toString()).toBe("one two");
    expect(socketChunks.some((chunk) => typeof chunk === "string" && chunk.endsWith("two"))).toBe(true);
  });
});
