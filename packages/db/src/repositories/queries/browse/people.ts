import { type PageSlice, type PartialDate, termStatus } from "@legible/core";
import type { PrismaDatabase } from "../../../client";
import type { Prisma } from "../../../generated/sqlite/client";
import {
  type BodyRef,
  loadBodyRefs,
  loadPersonRefs,
  loadPostRefs,
  type PersonRef,
  type PostRef,
  uniqueIds,
} from "../records/load";

/** A term on the people lists: who, in which post or body, in what role, from when to when. */
export interface OfficialTerm {
  personId: string;
  bodyId: string | null;
  postId: string | null;
  role: string | null;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
}

/** Who holds office today, with the people, posts and bodies their terms name. */
export interface CurrentOfficials {
  terms: OfficialTerm[];
  people: PersonRef[];
  posts: PostRef[];
  bodies: BodyRef[];
}

/** One page of past officials (everyone whose every term on record has ended), by name. */
export interface PastOfficialsPage {
  people: PersonRef[];
  /** Each one's latest term, for "last held". */
  terms: OfficialTerm[];
  posts: PostRef[];
  bodies: BodyRef[];
  total: number;
}

/** The most running terms the current list reads: far above any council, a guard on odd data. */
export const MAX_CURRENT_TERMS = 2000;

const termSelect = {
  personId: true,
  bodyId: true,
  postId: true,
  role: true,
  startDate: true,
  endDate: true,
  current: true,
} as const;

// A term may still run when marked current, or unmarked with an end this year or later. Partial
// dates compare as text with the year first ("2026" and "2026-03" are both >= "2026"), so the
// year of `today` keeps every term that could run; core's termStatus then decides exactly.
function mayRun(today: PartialDate): Prisma.MembershipWhereInput {
  return { OR: [{ current: true }, { current: null, endDate: { gte: today.slice(0, 4) } }] };
}

/**
 * Every term running on `today` (core's termStatus), with its person, post and body. Terms of
 * people or bodies gone upstream are left out, as their pages are.
 */
export async function currentOfficials(prisma: PrismaDatabase, today: PartialDate): Promise<CurrentOfficials> {
  // Off the (current, endDate) index, one range per side of the OR; not ordered in SQL (that
  // would walk another index whole): the page orders them by body, post and name.
  const rows = await prisma.membership.findMany({ where: mayRun(today), select: termSelect, take: MAX_CURRENT_TERMS });
  const running = rows.filter((row) => termStatus({ ...row, current: row.current ?? undefined }, today) === "current");
  const [people, posts] = await Promise.all([
    loadPersonRefs(prisma, uniqueIds(running.map((term) => term.personId))),
    loadPostRefs(prisma, uniqueIds(running.map((term) => term.postId))),
  ]);
  const bodies = await loadBodyRefs(
    prisma,
    uniqueIds([...running.map((term) => term.bodyId), ...posts.map((post) => post.bodyId)]),
  );
  const shown = new Set(people.map((person) => person.id));
  const terms = running.filter((term) => shown.has(term.personId)).map(({ current: _current, ...term }) => term);
  return { terms, people, posts, bodies };
}

/**
 * A page of people who held a term and hold none now that may still run, by name, off
 * Person's (name) index; each with their latest term.
 */
export async function pastOfficialsPage(
  prisma: PrismaDatabase,
  today: PartialDate,
  slice: PageSlice,
): Promise<PastOfficialsPage> {
  const where: Prisma.PersonWhereInput = {
    memberships: { some: {}, none: { OR: [mayRun(today), { current: null, endDate: null }] } },
  };
  const [rows, total] = await Promise.all([
    prisma.person.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: slice.offset,
      take: slice.limit,
      select: { id: true, name: true },
    }),
    prisma.person.count({ where }),
  ]);
  const allTerms = rows.length
    ? await prisma.membership.findMany({
        where: { personId: { in: rows.map((row) => row.id) } },
        select: termSelect,
        orderBy: [{ endDate: "desc" }, { startDate: "desc" }, { id: "asc" }],
      })
    : [];
  const latest = new Map<string, OfficialTerm>();
  for (const { current: _current, ...term } of allTerms) {
    if (!latest.has(term.personId)) latest.set(term.personId, term);
  }
  const terms = [...latest.values()];
  const posts = await loadPostRefs(prisma, uniqueIds(terms.map((term) => term.postId)));
  const bodies = await loadBodyRefs(
    prisma,
    uniqueIds([...terms.map((term) => term.bodyId), ...posts.map((post) => post.bodyId)]),
  );
  return { people: rows, terms, posts, bodies, total };
}
