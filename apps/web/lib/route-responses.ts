import { TRPCError } from "@trpc/server";

// Plain answers for route handlers (feeds, open data, oEmbed): a wrong address or a record that
// is not on Legible is a 404 with one sentence saying so, never a 500.

export function notFoundResponse(message: string): Response {
  return new Response(`${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function badRequestResponse(message: string): Response {
  return new Response(`${message}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Runs a public API read; a record that does not exist (or an id that cannot exist) gives `null`. */
export async function unlessMissing<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}
