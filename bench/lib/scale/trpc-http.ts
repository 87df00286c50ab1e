/** A public tRPC query as a GET address (no transformer: the input is plain JSON). */
export function queryUrl(base: string, procedure: string, input: unknown): string {
  return `${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** Calls a staff tRPC procedure with a session cookie; returns its data or throws its message. */
export async function callStaff<T>(
  base: string,
  cookie: string,
  procedure: string,
  input: unknown,
  kind: "query" | "mutation",
): Promise<T> {
  const response =
    kind === "query"
      ? await fetch(queryUrl(base, procedure, input), { headers: { cookie } })
      : await fetch(`${base}/api/trpc/${procedure}`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify(input),
        });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok || !body.result) {
    throw new Error(`${procedure} answered ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`);
  }
  return body.result.data;
}
