import { z } from "zod";
import { fromOcdDate, type PartialDate } from "../partial-date.js";
import { fail, type Issue, ok, parseWith, type Result } from "../result.js";
import type { Body } from "../schemas/body.js";
import { type Membership, MembershipSchema, type Person, PersonSchema, type Post } from "../schemas/people.js";
import { type Source, SourceSchema } from "../schemas/source.js";
import { defined, idFrom, prefixIssues } from "./shared.js";

// Open States people files (the openstates/people repository): one YAML document per person.
// YAML is read outside core; this maps the parsed object. Open States names chambers and
// offices (upper, lower, mayor...) and jurisdictions, not our bodies and posts, so each role
// is placed on a body already in Legible, or listed as skipped with the reason.

/** Bodies and posts already known (in Legible, or in the same import), to place roles on. */
export interface OpenStatesContext {
  bodies: readonly Body[];
  posts: readonly Post[];
}

/** A role or party the mapping could not place on a body, and why, in plain words. */
export interface OpenStatesSkip {
  /** Where it sits in the document, such as `roles.1`. */
  path: string;
  /** What it was, such as `upper chamber, district 13 (ocd-jurisdiction/...)`. */
  title: string;
  reason: string;
}

/** One person's records, and the roles that found no place. */
export interface OpenStatesPersonRecords {
  person: Person;
  sources: Source[];
  memberships: Membership[];
  skipped: OpenStatesSkip[];
}

const OptionalText = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const OptionalDate = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value, ctx): PartialDate | undefined => {
    if (value === undefined || value === null || value === "") return undefined;
    const date = fromOcdDate(String(value));
    if (date.ok) return date.value;
    ctx.addIssue({ code: "custom", message: `"${value}" is not a date; write it as 2024-11-19, 2024-11 or 2024` });
    return z.NEVER;
  });

const LinkInput = z.object({ url: z.string().trim().min(1, { error: "is required" }), note: OptionalText });

const OpenStatesPersonInput = z.object({
  id: z
    .string({ error: "is required: the person's ocd-person/… id" })
    .regex(/^ocd-person\/[A-Za-z0-9-]+$/, { error: "must be an Open States person id, like ocd-person/1b2c…" }),
  name: z.string({ error: "is required" }).trim().min(1, { error: "is required" }),
  given_name: OptionalText,
  family_name: OptionalText,
  image: OptionalText,
  party: z
    .array(
      z.object({
        name: z.string().trim().min(1, { error: "is required" }),
        start_date: OptionalDate,
        end_date: OptionalDate,
      }),
    )
    .default([]),
  roles: z
    .array(
      z.object({
        type: OptionalText,
        chamber: OptionalText,
        district: z.union([z.string(), z.number()]).nullish(),
        jurisdiction: z.string({ error: "is required: an ocd-jurisdiction/… id" }).trim().min(1),
        start_date: OptionalDate,
        end_date: OptionalDate,
      }),
    )
    .default([]),
  sources: z.array(LinkInput).default([]),
  links: z.array(LinkInput).default([]),
});

type RoleInput = z.output<typeof OpenStatesPersonInput>["roles"][number];

/** Open States role types by the kind of body that holds them. */
const LEGISLATIVE = new Set(["upper", "lower", "legislature"]);
const CHAMBER_NAMES: Record<string, RegExp> = { upper: /senate|upper/i, lower: /house|assembly|lower/i };

function roleTitle(role: RoleInput): string {
  const kind = role.type ?? role.chamber ?? "role";
  const what = LEGISLATIVE.has(kind) && kind !== "legislature" ? `${kind} chamber` : kind;
  const district = role.district === undefined || role.district === null ? "" : `, district ${role.district}`;
  return `${what}${district} (${role.jurisdiction})`;
}

/** The body a role belongs to, or why none fits. */
function bodyForRole(role: RoleInput, context: OpenStatesContext): { body: Body } | { reason: string } {
  const kind = role.type ?? role.chamber;
  if (!kind) return { reason: "the role has neither a type nor a chamber" };
  const inJurisdiction = context.bodies.filter((body) => body.jurisdictionId === role.jurisdiction);
  const legislative = LEGISLATIVE.has(kind);
  const fitting = inJurisdiction.filter((body) =>
    legislative ? body.classification === "legislature" : body.classification === "executive",
  );
  const chamberName = CHAMBER_NAMES[kind];
  // A chamber must say which it is by name (Senate, Assembly): a unicameral council is neither.
  const named = chamberName ? fitting.filter((body) => chamberName.test(body.name)) : fitting;
  const what = legislative ? (kind === "legislature" ? "legislature" : `${kind} chamber`) : `${kind} office`;
  if (named.length === 1 && named[0]) return { body: named[0] };
  if (named.length === 0) return { reason: `no body for ${role.jurisdiction} ${what} in Legible` };
  return {
    reason: `more than one body could be the ${what} of ${role.jurisdiction}: ${named.map((b) => b.name).join(", ")}`,
  };
}

/** The post a role sits in: by district label, or the office's only post. */
function postForRole(role: RoleInput, body: Body, context: OpenStatesContext): { post?: Post } | { reason: string } {
  const posts = context.posts.filter((post) => post.bodyId === body.id);
  if (role.district === undefined || role.district === null || role.district === "") {
    // An office such as a mayor's has one post; a council role with no district sits in the body.
    return !LEGISLATIVE.has(role.type ?? role.chamber ?? "") && posts.length === 1 && posts[0]
      ? { post: posts[0] }
      : {};
  }
  const district = String(role.district).trim().toLowerCase();
  const post = posts.find((p) => {
    const label = p.label.trim().toLowerCase();
    return label === district || label.endsWith(` ${district}`);
  });
  if (post) return { post };
  return { reason: `no post labelled "${role.district}" in ${body.name}` };
}

/**
 * Maps one Open States person (a parsed YAML document) to a person, its sources (official
 * records, titled by their note or URL) and memberships for the roles and parties that match
 * bodies and posts in `context`. Ids are Open States' own for the person and built from the
 * person, body and start date for terms, so importing the same file again changes nothing.
 * Roles that fit no body come back in `skipped`; bad fields as issues with their path.
 */
export function fromOpenStatesPerson(input: unknown, context: OpenStatesContext): Result<OpenStatesPersonRecords> {
  const parsed = parseWith(OpenStatesPersonInput, input);
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  const issues: Issue[] = [];

  const sources: Source[] = [];
  const links = [
    ...p.sources.map((link, i) => ({ link, path: `sources.${i}` })),
    ...p.links.map((link, i) => ({ link, path: `links.${i}` })),
  ];
  for (const { link, path } of links) {
    const id = idFrom(p.id, "source", link.url);
    if (sources.some((source) => source.id === id)) continue;
    const source = parseWith(SourceSchema, {
      id,
      kind: "official-record",
      title: (link.note ?? link.url).slice(0, 500),
      publisher: null,
      date: null,
      url: link.url,
    });
    if (source.ok) sources.push(source.value);
    else issues.push(...prefixIssues(source.issues, path));
  }
  const sourceIds = sources.map((source) => source.id);

  const person = parseWith(PersonSchema, {
    id: p.id,
    name: p.name,
    ...defined({ givenName: p.given_name, familyName: p.family_name, image: p.image }),
    sourceIds,
  });
  if (!person.ok) issues.push(...person.issues.map((issue) => ({ ...issue, path: personPath(issue.path) })));

  const memberships: Membership[] = [];
  const skipped: OpenStatesSkip[] = [];
  const addTerm = (
    path: string,
    place: { bodyId: string; postId?: string; role?: string },
    dates: { start_date?: PartialDate; end_date?: PartialDate },
  ) => {
    const id = idFrom(p.id, "term", place.postId ?? place.bodyId, dates.start_date ?? "start-unknown");
    if (memberships.some((m) => m.id === id)) return;
    const term = parseWith(MembershipSchema, {
      id,
      personId: p.id,
      ...defined(place),
      startDate: dates.start_date ?? null,
      endDate: dates.end_date ?? null,
      // Open States leaves the end date off the terms running now.
      ...(dates.end_date === undefined ? { current: true } : {}),
      sourceIds,
    });
    if (term.ok) memberships.push(term.value);
    else issues.push(...prefixIssues(term.issues, path));
  };

  p.roles.forEach((role, i) => {
    const path = `roles.${i}`;
    const found = bodyForRole(role, context);
    if ("reason" in found) {
      skipped.push({ path, title: roleTitle(role), reason: found.reason });
      return;
    }
    const seat = postForRole(role, found.body, context);
    if ("reason" in seat) {
      skipped.push({ path, title: roleTitle(role), reason: seat.reason });
      return;
    }
    addTerm(path, { bodyId: found.body.id, ...defined({ postId: seat.post?.id, role: seat.post?.role }) }, role);
  });

  p.party.forEach((party, i) => {
    const path = `party.${i}`;
    const name = party.name.trim().toLowerCase();
    const bodies = context.bodies.filter((b) => b.classification === "party" && b.name.trim().toLowerCase() === name);
    if (bodies.length !== 1 || !bodies[0]) {
      skipped.push({
        path,
        title: `party: ${party.name}`,
        reason:
          bodies.length === 0
            ? `no party named "${party.name}" in Legible`
            : `more than one party is named "${party.name}" in Legible`,
      });
      return;
    }
    addTerm(path, { bodyId: bodies[0].id, role: "member" }, party);
  });

  if (issues.length > 0 || !person.ok) return fail(issues);
  return ok({ person: person.value, sources, memberships, skipped });
}

/** Our field names back to the file's, so a problem names the line the reader can find. */
function personPath(path: string): string {
  const names: Record<string, string> = { givenName: "given_name", familyName: "family_name" };
  const [head, ...rest] = path.split(".");
  return [names[head ?? ""] ?? head, ...rest].join(".");
}
