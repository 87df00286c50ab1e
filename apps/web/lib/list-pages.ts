import { PageNumberSchema } from "@legible/core";

// A person's or a body's votes and statements past the latest few live at
// /people/ID/votes, /people/ID/votes/2, … (and the same for statements and bodies): the page
// number is part of the path, so every page is cached like any other record page.

/** Which page an address asks for: none means the first; anything but a page number is no page. */
export function pageFromSegments(segments: readonly string[] | undefined): number | null {
  if (!segments?.length) return 1;
  // Only the plain form ("2", not "02" or "2.0"), so each page has one address.
  if (segments.length > 1 || !/^[1-9][0-9]*$/.test(segments[0] ?? "")) return null;
  const parsed = PageNumberSchema.safeParse(Number(segments[0]));
  return parsed.success ? parsed.data : null;
}

/** The address of a page of a list: the first page is the list's own address. */
export function listPageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/${page}`;
}

/** The page of the person or body a list belongs to. */
export function listOwnerPath(owner: { kind: "person" | "body"; id: string }): string {
  return `/${owner.kind === "person" ? "people" : "bodies"}/${encodeURIComponent(owner.id)}`;
}

/** The address of a person's or a body's votes or statements (their first page). */
export function longListPath(owner: { kind: "person" | "body"; id: string }, list: "votes" | "statements"): string {
  return `${listOwnerPath(owner)}/${list}`;
}
