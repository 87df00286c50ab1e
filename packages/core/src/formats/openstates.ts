import { z } from "zod";
import { matchPerson, type PeopleOnRecord, sameSeatSameTime } from "../identity.js";
import { fromOcdDate, type PartialDate, relateDates } from "../partial-date.js";
import { fail, ok, parseWith, type Result } from "../result.js";
import type { Body } from "../schemas/body.js";
import { WebUrlSchema } from "../schemas/common.js";
import { type ExternalIdentifier, ExternalIdentifierSchema, identifierKey } from "../schemas/identifier.js";
import type { Jurisdiction } from "../schemas/jurisdiction.js";
import { type Membership, MembershipSchema, type Person, PersonSchema, type Post } from "../schemas/people.js";
import type { Source } from "../schemas/source.js";
import { defined, idFrom } from "./shared.js";

// Open States people files (the openstates/people repository): one YAML document per person.
// YAML is read outside core; this maps the parsed object. Open States names chambers and
// offices (upper, lower, mayor...) and jurisdictions, not our bodies and posts, so each role
// is placed on a body already in Legible, or listed as skipped with the reason.

/**
 * What is already on record, to place roles on and to find people already known. Jurisdictions,
 * people and memberships may be left out: then every city is new and every person is new.
 */
export interface OpenStatesContext {
  bodies: readonly Body[];
  posts: readonly Post[];
  jurisdictions?: readonly Pick<Jurisdiction, "id">[];
  people?: PeopleOnRecord["people"];
  memberships?: PeopleOnRecord["memberships"];
}

/** A role or party the mapping could not place on a body, and why, in plain words. */
export interface OpenStatesSkip {
  /** Where it sits in the document, such as `roles.1`. */
  path: string;
  /** What it was, such as `upper chamber, district 13 (ocd-jurisdiction/...)`. */
  title: string;
  reason: string;
}

/** A value left out of the import because it cannot be stored, with where it was and why. */
export interface OpenStatesQuarantine {
  /** Where it sits in the document, such as `links.0.url`. */
  path: string;
  /** The value as the file gives it. */
  value: string;
  reason: string;
}

/**
 * One person's records, the roles that found no place, and the values left out. `person` is
 * `null` when the person is already on record (found by id, identifier, or name and seat):
 * then only their new terms and sources are imported, and nothing staff wrote is overwritten.
 * `places` are the cities, councils, offices and seats the roles needed that were not on record.
 */
export interface OpenStatesPersonRecords {
  person: Person | null;
  sources: Source[];
  memberships: Membership[];
  places: { jurisdictions: Jurisdiction[]; bodies: Body[]; posts: Post[] };
  skipped: OpenStatesSkip[];
  quarantined: OpenStatesQuarantine[];
  /** When `person` is null because they are on record: who they are there, and how they were found. */
  onRecord?: { personId: string; basis: "identifier" | "name-and-term" };
}

// Optional values are read as they come and checked one by one, so a bad one is quarantined
// rather than refusing the person.
const RawValue = z.unknown().optional();

const DATE_HINT = "write it as 2024-11-19, 2024-11 or 2024";

const LinkInput = z.object({ url: RawValue, note: RawValue });

const OpenStatesPersonInput = z.object({
  id: z
    .string({ error: "is required: the person's ocd-person/… id" })
    .regex(/^ocd-person\/[A-Za-z0-9-]+$/, { error: "must be an Open States person id, like ocd-person/1b2c…" }),
  name: z.string({ error: "is required" }).trim().min(1, { error: "is required" }),
  given_name: RawValue,
  family_name: RawValue,
  image: RawValue,
  party: z.array(z.unknown()).default([]),
  roles: z.array(z.unknown()).default([]),
  sources: z.array(z.unknown()).default([]),
  links: z.array(z.unknown()).default([]),
  other_identifiers: z.array(z.unknown()).default([]),
});

const OtherIdentifierInput = z.object({
  scheme: z.string().trim().min(1),
  identifier: z.union([z.string(), z.number()]).transform((value) => String(value).trim()),
});

const PartyInput = z.object({
  name: z.string({ error: "is required" }).trim().min(1, { error: "is required" }),
  start_date: RawValue,
  end_date: RawValue,
});

const RoleInput = z.object({
  type: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || undefined),
  chamber: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || undefined),
  district: z.union([z.string(), z.number()]).nullish(),
  jurisdiction: z.string({ error: "is required: an ocd-jurisdiction/… id" }).trim().min(1),
  start_date: RawValue,
  end_date: RawValue,
});

type RoleInput = z.output<typeof RoleInput>;

/** Open States role types by the kind of body that holds them; cities' councils name theirs in several ways. */
const LEGISLATIVE = new Set(["upper", "lower", "legislature"]);
const COUNCIL = /^(council ?member|council|alder(man|woman|person)?|supervisor|commissioner)$/i;

function isLegislative(kind: string): boolean {
  return LEGISLATIVE.has(kind) || COUNCIL.test(kind);
}
const CHAMBER_NAMES: Record<string, RegExp> = { upper: /senate|upper/i, lower: /house|assembly|lower/i };

function roleTitle(role: RoleInput): string {
  const kind = role.type ?? role.chamber ?? "role";
  const what = LEGISLATIVE.has(kind) && kind !== "legislature" ? `${kind} chamber` : kind;
  const district = role.district === undefined || role.district === null ? "" : `, district ${role.district}`;
  return `${what}${district} (${role.jurisdiction})`;
}

/** The body a role belongs to, or why none fits. */
function bodyForRole(
  role: RoleInput,
  context: OpenStatesContext,
): { body: Body } | { reason: string; missing: boolean } {
  const kind = role.type ?? role.chamber;
  if (!kind) return { reason: "the role has neither a type nor a chamber", missing: false };
  const inJurisdiction = context.bodies.filter((body) => body.jurisdictionId === role.jurisdiction);
  const legislative = isLegislative(kind);
  const fitting = inJurisdiction.filter((body) =>
    legislative ? body.classification === "legislature" : body.classification === "executive",
  );
  const chamberName = CHAMBER_NAMES[kind];
  // A chamber must say which it is by name (Senate, Assembly): a unicameral council is neither.
  const named = chamberName ? fitting.filter((body) => chamberName.test(body.name)) : fitting;
  const what = LEGISLATIVE.has(kind)
    ? kind === "legislature"
      ? "legislature"
      : `${kind} chamber`
    : legislative
      ? "council"
      : `${kind} office`;
  if (named.length === 1 && named[0]) return { body: named[0] };
  if (named.length === 0) return { reason: `no body for ${role.jurisdiction} ${what} in Legible`, missing: true };
  return {
    reason: `more than one body could be the ${what} of ${role.jurisdiction}: ${named.map((b) => b.name).join(", ")}`,
    missing: false,
  };
}

/** The post a role sits in: by district label, or the office's only post. */
function postForRole(role: RoleInput, body: Body, context: OpenStatesContext): { post?: Post } | { reason: string } {
  const posts = context.posts.filter((post) => post.bodyId === body.id);
  if (role.district === undefined || role.district === null || role.district === "") {
    // An office such as a mayor's has one post; a council role with no district sits in the body.
    return !isLegislative(role.type ?? role.chamber ?? "") && posts.length === 1 && posts[0] ? { post: posts[0] } : {};
  }
  const district = String(role.district).trim().toLowerCase();
  const post = posts.find((p) => {
    const label = p.label.trim().toLowerCase();
    return label === district || label.endsWith(` ${district}`);
  });
  if (post) return { post };
  return { reason: `no post labelled "${role.district}" in ${body.name}` };
}

const CITY = /^ocd-jurisdiction\/country:([a-z]{2})\/state:([a-z]{2})\/place:([a-z0-9_.~-]+)\/government$/;

/** "los_angeles" → "Los Angeles": how Open States spells a place in its ids. */
function placeName(slug: string): string {
  return slug
    .split(/[_~.-]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

/** "mayor" → "Mayor", "city attorney" → "City Attorney". */
function titleOf(kind: string): string {
  return kind
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(" ");
}

/** A district as a seat's label: "3" → "District 3"; "District 3" stays. */
function districtLabel(district: string | number): string {
  const text = String(district).trim();
  return /^\d+$/.test(text) ? `District ${text}` : text;
}

/**
 * The city, its council or office, and the seat a city role needs, made from the role itself
 * when they are not on record: the jurisdiction from its OCD id, the council or the office, and
 * the district seat or the office's one seat. Ids are built from the jurisdiction, so every
 * person in a file who sits on the same council gets the same council. `null` for a role that
 * is not a city's (a state chamber).
 */
function newCityPlace(
  role: RoleInput,
  kind: string,
  existing: Body | undefined,
  context: OpenStatesContext,
): { jurisdictions: Jurisdiction[]; bodies: Body[]; posts: Post[] } | null {
  const city = CITY.exec(role.jurisdiction);
  // A city has no chambers; its "legislature" is its council.
  if (!city || kind === "upper" || kind === "lower") return null;
  const [, country = "", state = "", place = ""] = city;
  const name = placeName(place);
  const jurisdictions: Jurisdiction[] =
    existing || context.jurisdictions?.some((j) => j.id === role.jurisdiction)
      ? []
      : [
          {
            id: role.jurisdiction,
            name,
            slug: `${state}-${place}`.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
            classification: "government",
            divisionId: `ocd-division/country:${country}/state:${state}/place:${place}`,
          },
        ];
  const council = isLegislative(kind);
  const body: Body = existing ?? {
    id: idFrom(role.jurisdiction, council ? "council" : kind),
    jurisdictionId: role.jurisdiction,
    name: council ? `${name} Council` : `Office of the ${titleOf(kind)} of ${name}`,
    classification: council ? "legislature" : "executive",
    sourceIds: [],
  };
  const hasDistrict = role.district !== undefined && role.district !== null && String(role.district).trim() !== "";
  const label = council ? (hasDistrict ? districtLabel(role.district ?? "") : null) : titleOf(kind);
  const posts: Post[] =
    label === null
      ? []
      : [
          {
            id: idFrom(body.id, "post", label),
            bodyId: body.id,
            label,
            role: council ? "Council member" : titleOf(kind),
          },
        ];
  return { jurisdictions, bodies: existing ? [] : [body], posts };
}

/** Collects values left out of the import, with where they were and why. */
class Quarantine {
  readonly list: OpenStatesQuarantine[] = [];

  add(path: string, value: unknown, reason: string): void {
    this.list.push({
      path,
      value: typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)),
      reason,
    });
  }

  /** Optional text: trimmed, or quarantined when it is not text. */
  text(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value.trim() || undefined;
    this.add(path, value, "must be text");
    return undefined;
  }

  /** An optional date: Legible's own partial date, or quarantined with what to write instead. */
  date(value: unknown, path: string): PartialDate | undefined {
    if (value === undefined || value === null || value === "") return undefined;
    const date = typeof value === "string" || typeof value === "number" ? fromOcdDate(String(value)) : null;
    if (date?.ok) return date.value;
    this.add(path, value, `is not a date; ${DATE_HINT}`);
    return undefined;
  }

  /** A web address: http or https, or quarantined with core's reason. */
  url(value: unknown, path: string): string | undefined {
    const text = this.text(value, path);
    if (text === undefined) return undefined;
    const checked = WebUrlSchema.safeParse(text);
    if (checked.success) return checked.data;
    this.add(path, text, checked.error.issues[0]?.message ?? "is not a web address");
    return undefined;
  }
}

/**
 * Maps one Open States person (a parsed YAML document) to a person, its sources (official
 * records, titled by their note or URL) and memberships for the roles and parties that match
 * bodies and posts in `context`. Ids are Open States' own for the person and built from the
 * person, body and start date for terms, so importing the same file again changes nothing.
 * Roles that fit no body come back in `skipped`. A value that cannot be stored (an `ftp://`
 * link, a date that is not one, a role without a jurisdiction) comes back in `quarantined` with
 * its place and reason, and the rest of the person is kept; only a person without a usable id
 * or name fails, with every problem named.
 */
export function fromOpenStatesPerson(input: unknown, context: OpenStatesContext): Result<OpenStatesPersonRecords> {
  const parsed = parseWith(OpenStatesPersonInput, input);
  if (!parsed.ok) return fail(parsed.issues.map((issue) => ({ ...issue, path: personPath(issue.path) })));
  const p = parsed.value;
  const quarantine = new Quarantine();

  const sources: Source[] = [];
  const links = [
    ...p.sources.map((link, i) => ({ link, path: `sources.${i}` })),
    ...p.links.map((link, i) => ({ link, path: `links.${i}` })),
  ];
  for (const { link, path } of links) {
    const item = LinkInput.safeParse(link);
    const url = item.success ? quarantine.url(item.data.url, `${path}.url`) : undefined;
    if (!item.success) quarantine.add(path, link, "is not a link with a url");
    if (url === undefined) {
      if (item.success && (item.data.url === undefined || item.data.url === null)) {
        quarantine.add(`${path}.url`, "", "is required");
      }
      continue;
    }
    const id = idFrom(p.id, "source", url);
    if (sources.some((source) => source.id === id)) continue;
    const note = item.success ? quarantine.text(item.data.note, `${path}.note`) : undefined;
    sources.push({ id, kind: "official-record", title: (note ?? url).slice(0, 500), publisher: null, date: null, url });
  }
  const sourceIds = sources.map((source) => source.id);

  const person = parseWith(PersonSchema, {
    id: p.id,
    name: p.name,
    identifiers: identifiersOf(p.id, p.other_identifiers, quarantine),
    ...defined({
      givenName: quarantine.text(p.given_name, "given_name"),
      familyName: quarantine.text(p.family_name, "family_name"),
      image: quarantine.url(p.image, "image"),
    }),
    sourceIds,
  });
  if (!person.ok) return fail(person.issues.map((issue) => ({ ...issue, path: personPath(issue.path) })));

  const memberships: Membership[] = [];
  const skipped: OpenStatesSkip[] = [];
  const places: OpenStatesPersonRecords["places"] = { jurisdictions: [], bodies: [], posts: [] };
  const addTerm = (
    path: string,
    place: { bodyId: string; postId?: string; role?: string },
    raw: { start_date?: unknown; end_date?: unknown },
  ) => {
    let start = quarantine.date(raw.start_date, `${path}.start_date`);
    let end = quarantine.date(raw.end_date, `${path}.end_date`);
    if (start !== undefined && end !== undefined && relateDates(start, end) === "after") {
      quarantine.add(`${path}.end_date`, end, `ends before it starts (${start}); both dates are left out`);
      start = undefined;
      end = undefined;
    }
    const id = idFrom(p.id, "term", place.postId ?? place.bodyId, start ?? "start-unknown");
    if (memberships.some((m) => m.id === id)) return;
    const term = parseWith(MembershipSchema, {
      id,
      personId: p.id,
      ...defined(place),
      startDate: start ?? null,
      endDate: end ?? null,
      // Open States leaves the end date off the terms running now.
      ...(end === undefined && raw.end_date === undefined ? { current: true } : {}),
      sourceIds,
    });
    if (term.ok) memberships.push(term.value);
    else
      for (const issue of term.issues)
        quarantine.add(path, raw, `the term cannot be stored: ${issue.path} ${issue.message}`);
  };

  p.roles.forEach((input, i) => {
    const path = `roles.${i}`;
    const role = RoleInput.safeParse(input);
    if (!role.success) {
      const issue = role.error.issues[0];
      quarantine.add(
        issue?.path.length ? `${path}.${issue.path.join(".")}` : path,
        input,
        issue?.message ?? "is not a role",
      );
      return;
    }
    const kind = role.data.type ?? role.data.chamber ?? "";
    const found = bodyForRole(role.data, context);
    const seat = "body" in found ? postForRole(role.data, found.body, context) : undefined;
    if ("body" in found && seat && !("reason" in seat)) {
      addTerm(path, { bodyId: found.body.id, ...defined({ postId: seat.post?.id, role: seat.post?.role }) }, role.data);
      return;
    }
    // A city's council, office or seat not on record yet is made from the role, not skipped.
    const reason = "reason" in found ? found.reason : seat && "reason" in seat ? seat.reason : "";
    const made =
      "body" in found || found.missing
        ? newCityPlace(role.data, kind, "body" in found ? found.body : undefined, context)
        : null;
    const body = made?.bodies[0] ?? ("body" in found ? found.body : undefined);
    if (!made || !body) {
      skipped.push({ path, title: roleTitle(role.data), reason });
      return;
    }
    places.jurisdictions.push(...made.jurisdictions);
    places.bodies.push(...made.bodies);
    places.posts.push(...made.posts);
    const post = made.posts[0];
    addTerm(path, { bodyId: body.id, ...defined({ postId: post?.id, role: post?.role }) }, role.data);
  });

  p.party.forEach((input, i) => {
    const path = `party.${i}`;
    const party = PartyInput.safeParse(input);
    if (!party.success) {
      quarantine.add(`${path}.name`, input, "is required: the party's name");
      return;
    }
    const name = party.data.name.trim().toLowerCase();
    const bodies = context.bodies.filter((b) => b.classification === "party" && b.name.trim().toLowerCase() === name);
    if (bodies.length !== 1 || !bodies[0]) {
      skipped.push({
        path,
        title: `party: ${party.data.name}`,
        reason:
          bodies.length === 0
            ? `no party named "${party.data.name}" in Legible`
            : `more than one party is named "${party.data.name}" in Legible`,
      });
      return;
    }
    addTerm(path, { bodyId: bodies[0].id, role: "member" }, party.data);
  });

  const match = matchPerson(
    { ...person.value, memberships },
    { people: context.people ?? [], memberships: context.memberships ?? [] },
  );
  const result = { sources, places, skipped, quarantined: quarantine.list };
  if (match.kind === "new" || (match.kind === "same" && match.basis === "id")) {
    return ok({ ...result, person: person.value, memberships });
  }
  if (match.kind === "doubtful") {
    const names = match.candidates.map((c) => `${c.name} (${c.personId})`).join(", ");
    skipped.push({
      path: "",
      title: p.name,
      reason: `may be ${names}, already on record: ${match.reason}. Not imported until someone on staff checks`,
    });
    return ok({
      ...result,
      person: null,
      memberships: [],
      sources: [],
      places: { jurisdictions: [], bodies: [], posts: [] },
    });
  }
  // Someone already on record: their record stays as staff keep it; only terms not on record are added.
  const theirs = (context.memberships ?? []).filter((term) => term.personId === match.personId);
  const added = memberships
    .map((term) => ({
      ...term,
      personId: match.personId,
      id: idFrom(match.personId, "term", term.postId ?? term.bodyId ?? "", term.startDate ?? "start-unknown"),
    }))
    .filter((term) => !theirs.some((known) => sameSeatSameTime(known, term)));
  return ok({
    ...result,
    person: null,
    memberships: added,
    onRecord: {
      personId: match.personId,
      // A match by id returned the person above; only these two bases reach here.
      basis: match.basis === "name-and-term" ? "name-and-term" : "identifier",
    },
  });
}

/**
 * The person's Open States id, so a later import finds them by it even when staff gave them
 * another Legible id, and the ids other systems give them (`other_identifiers`), scoped by
 * the system's name. One that cannot be kept is quarantined.
 */
function identifiersOf(id: string, others: unknown[], quarantine: Quarantine): ExternalIdentifier[] {
  const list: ExternalIdentifier[] = [{ scheme: "openstates", identifier: id }];
  others.forEach((input, i) => {
    const path = `other_identifiers.${i}`;
    const other = OtherIdentifierInput.safeParse(input);
    const scope = other.success ? other.data.scheme.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 100) : "";
    const checked = ExternalIdentifierSchema.safeParse(
      other.success ? { scheme: "other", scope, identifier: other.data.identifier } : undefined,
    );
    if (!checked.success) {
      quarantine.add(path, input, "is not an identifier with a scheme and an identifier");
      return;
    }
    const key = identifierKey(checked.data);
    if (list.length >= 20 || list.some((known) => identifierKey(known) === key)) return;
    list.push(checked.data);
  });
  return list;
}

/** Our field names back to the file's, so a problem names the line the reader can find. */
function personPath(path: string): string {
  const names: Record<string, string> = { givenName: "given_name", familyName: "family_name" };
  const [head, ...rest] = path.split(".");
  return [names[head ?? ""] ?? head, ...rest].join(".");
}
