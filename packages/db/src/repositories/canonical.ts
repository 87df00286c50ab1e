const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A value with object keys sorted, absent and null fields dropped (storage cannot tell an
 * unknown `null` from a missing optional field) and instants written one way
 * (`…T00:00:00.000Z`), so two records compare equal when they say the same thing, however
 * they were typed or stored.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined && entry !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, canonical(entry)]),
    );
  }
  if (typeof value === "string" && ISO_INSTANT.test(value)) return new Date(value).toISOString();
  return value;
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
