import { type IncomingMessage, ServerResponse } from "node:http";

// Next sends a cached page as one string (send-payload.ts: `res.end(html)`). Node 20 turns a
// large string into bytes inside the socket write, off V8's fast path: a 120 KB explainer with
// a few curly quotes in it went out at 660 a second from a bare node server, against 1,900 when
// the same server made it a Buffer first and 3,500 for a Buffer made once (docs/working-here.md).
// Strings this long are encoded before they reach the socket; short ones are left as they are.
const ENCODE_FROM_CHARACTERS = 16 * 1024;

type Callback = (error?: Error | null) => void;

function encoded(chunk: unknown, encoding: unknown): unknown {
  if (typeof chunk !== "string" || chunk.length < ENCODE_FROM_CHARACTERS) return chunk;
  return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
}

/** The public site's response class (createServer's `ServerResponse` option). */
export class EncodedResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
  override write(chunk: unknown, encoding?: unknown, callback?: Callback): boolean {
    const bytes = encoded(chunk, encoding);
    if (bytes === chunk) return super.write(chunk, encoding as BufferEncoding, callback);
    return super.write(bytes, typeof encoding === "function" ? (encoding as Callback) : callback);
  }

  override end(chunk?: unknown, encoding?: unknown, callback?: () => void): this {
    const bytes = encoded(chunk, encoding);
    if (bytes === chunk) return super.end(chunk, encoding as BufferEncoding, callback);
    return super.end(bytes, typeof encoding === "function" ? (encoding as () => void) : callback);
  }
}
