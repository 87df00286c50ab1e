import { relateDates } from "./partial-date.js";
import { type ExternalIdentifier, shareIdentifier } from "./schemas/identifier.js";
import type { Membership, Person } from "./schemas/people.js";

// Whether an incoming person is one already on record. Identifiers decide first; then the same
// name holding the same seat at an overlapping time. The same name alone is doubtful: it is
// handed to a person to decide, never guessed either way.

/** What {@link matchPerson} found. */
export type PersonMatch =
  | { kind: "same"; personId: string; basis: "id" | "identifier" | "name-and-term" }
  | { kind: "doubtful"; candidates: Array<{ personId: string; name: string }>; reason: string }
  | { kind: "new" };

/** A person coming in from outside, with the terms the import would give them. */
export interface IncomingPerson {
  id: string;
  name: string;
  identifiers?: readonly ExternalIdentifier[] | undefined;
  memberships: readonly Pick<Membership, "bodyId" | "postId" | "startDate" | "endDate" | "current">[];
}

/** People and terms already on record. */
export interface PeopleOnRecord {
  people: readonly (Pick<Person, "id" | "name"> & { identifiers?: readonly ExternalIdentifier[] | undefined })[];
  memberships: readonly Pick<Membership, "personId" | "bodyId" | "postId" | "startDate" | "endDate" | "current">[];
}

/**
 * A name in the form names are compared in: accents, case, punctuation and spacing do not
 * count, so "Hugo Soto-Martínez" and "hugo soto martinez" compare equal.
 */
export function normalizePersonName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

type Term = IncomingPerson["memberships"][number];

/** True when two terms could have run at the same time: unknown dates do not rule it out. */
export function termsOverlap(a: Term, b: Term): boolean {
  const endsBeforeStart = (first: Term, second: Term) =>
    first.endDate != null && second.startDate != null && relateDates(first.endDate, second.startDate) === "before";
  return !endsBeforeStart(a, b) && !endsBeforeStart(b, a);
}

/** True when two terms are in the same seat: the same post, or the same body when neither names a post. */
function samePlace(a: Term, b: Term): boolean {
  if (a.postId !== undefined || b.postId !== undefined) return a.postId !== undefined && a.postId === b.postId;
  return a.bodyId !== undefined && a.bodyId === b.bodyId;
}

/** True when two terms are in the same seat at a time they could share: the same term twice. */
export function sameSeatSameTime(a: Term, b: Term): boolean {
  return samePlace(a, b) && termsOverlap(a, b);
}

/**
 * Finds the person on record an incoming person is: by id, then by a shared external
 * identifier, then by the same name holding the same seat at an overlapping time. The same name
 * without such a term, or more than one fitting person, is `doubtful`, with the candidates, for
 * staff to decide.
 *
 * @example
 * matchPerson({ id: "ocd-person/…", name: "Karen Bass", memberships: [{ postId: "post-la-mayor", … }] }, onRecord)
 * // → { kind: "same", personId: "person-karen-bass", basis: "name-and-term" }
 */
export function matchPerson(incoming: IncomingPerson, onRecord: PeopleOnRecord): PersonMatch {
  if (onRecord.people.some((person) => person.id === incoming.id)) {
    return { kind: "same", personId: incoming.id, basis: "id" };
  }
  const byIdentifier = onRecord.people.filter((person) => shareIdentifier(person.identifiers, incoming.identifiers));
  if (byIdentifier.length === 1 && byIdentifier[0]) {
    return { kind: "same", personId: byIdentifier[0].id, basis: "identifier" };
  }
  const name = normalizePersonName(incoming.name);
  const namesakes = onRecord.people.filter((person) => normalizePersonName(person.name) === name);
  if (namesakes.length === 0 && byIdentifier.length === 0) return { kind: "new" };

  const seated = namesakes.filter((person) =>
    onRecord.memberships.some(
      (term) =>
        term.personId === person.id &&
        incoming.memberships.some((incomingTerm) => sameSeatSameTime(term, incomingTerm)),
    ),
  );
  if (seated.length === 1 && seated[0] && byIdentifier.length === 0) {
    return { kind: "same", personId: seated[0].id, basis: "name-and-term" };
  }
  const candidates = [...byIdentifier, ...namesakes].filter(
    (person, index, all) => all.findIndex((other) => other.id === person.id) === index,
  );
  return {
    kind: "doubtful",
    candidates: candidates.map((person) => ({ personId: person.id, name: person.name })),
    reason:
      byIdentifier.length > 1
        ? "more than one person on record has this identifier"
        : seated.length > 1
          ? "more than one person on record with this name held the same seat"
          : "a person on record has the same name, but no term on record shows they held the same seat at the same time",
  };
}
