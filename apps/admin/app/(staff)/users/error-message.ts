/** The message a person can act on, from a tRPC error: the first field's, or the error's own. */
export function errorMessage(error: unknown, fields: Record<string, string> = {}): string {
  const data = (error as { data?: { fieldErrors?: Record<string, string[] | undefined> | null } } | null)?.data;
  for (const [field, messages] of Object.entries(data?.fieldErrors ?? {})) {
    if (messages?.[0]) return `${fields[field] ?? field} ${messages[0]}.`;
  }
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}
