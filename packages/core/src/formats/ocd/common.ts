import type { z } from "zod";
import { fail, ok, parseWith, type Result } from "../../result.js";
import type { ExternalIdentifier } from "../../schemas/identifier.js";
import type { Source } from "../../schemas/source.js";
import { prefixIssues } from "../shared.js";

export const OCD_ID = /^ocd-(person|organization|bill|vote|event)\/[A-Za-z0-9-]+$/;

/**
 * An object's own OCD id (`ocd-bill/…`) as its identifier, so a later import of the same object
 * finds the record even when staff gave it another Legible id.
 */
export function ocdIdentifiers(id: string | undefined): { identifiers?: ExternalIdentifier[] } {
  return id && OCD_ID.test(id) ? { identifiers: [{ scheme: "ocd", identifier: id }] } : {};
}

/** An OCD source link. */
export interface OcdSource {
  url: string;
  note?: string;
}

/** The sources among `ids` that have an address, as OCD source links. */
export function sourcesWithUrl(sources: readonly Source[], ids: readonly string[]): OcdSource[] {
  return ids.flatMap((id) => {
    const source = sources.find((s) => s.id === id);
    return source?.url ? [{ url: source.url, note: source.title }] : [];
  });
}

/** Our own fields from an object's `extras.legible`, when it has them; their problems placed under that path. */
export function legibleExtras<S extends z.ZodType>(
  schema: S,
  extras: Record<string, unknown>,
): Result<z.output<S> | undefined> {
  if (extras.legible === undefined) return ok(undefined);
  const parsed = parseWith(schema, extras.legible);
  return parsed.ok ? parsed : fail(prefixIssues(parsed.issues, "extras.legible"));
}
