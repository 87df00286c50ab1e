import { LISTINGS, RECORD_COLLECTIONS, type Repositories } from "@legible/db";
import { FIXTURE } from "./plan-fixture";

/** One procedure call: which router, the procedure's dotted path, its input, and a name for failure messages. */
export interface HotCall {
  router: "public" | "admin";
  path: string;
  input?: unknown;
  name: string;
}

const SANCTUARY = "measure-sanctuary-ordinance";
const today = "2026-01-15";

const call = (router: HotCall["router"], path: string, input?: unknown, variant?: string): HotCall => ({
  router,
  path,
  input,
  name: `${router}.${path}${variant ? ` (${variant})` : ""}`,
});

/** Every page a resident can open, with inputs that reach every branch of its read model. */
export function publicCalls(): HotCall[] {
  const pub = (path: string, input?: unknown, variant?: string) => call("public", path, input, variant);
  return [
    pub("jurisdictions.list"),
    pub("jurisdictions.bySlug", { slug: "los-angeles" }),
    pub("explainers.page", { measureId: SANCTUARY, locale: "en" }, "en"),
    pub("explainers.page", { measureId: SANCTUARY, locale: "es" }, "es"),
    pub("explainers.latest", { locale: "en" }),
    pub("measures.page", { id: SANCTUARY, locale: "en" }, "the seed story"),
    pub("measures.page", { id: FIXTURE.measure, locale: "en" }, "with a roll call"),
    pub("votes.page", { id: FIXTURE.vote, locale: "en" }, "with a roll call"),
    pub("votes.page", { id: "vote-council-2024-11-19", locale: "en" }, "tally only"),
    pub("votes.recent", { locale: "en", limit: 20 }),
    pub("people.page", { id: FIXTURE.councilMember, locale: "en", today }, "with a voting record"),
    pub("people.page", { id: "person-karen-bass", locale: "en", today }, "with terms and quotes"),
    pub("bodies.page", { id: FIXTURE.council, locale: "en", today }),
    pub("people.votes", { id: FIXTURE.councilMember, locale: "en", page: 1 }),
    pub("people.statements", { id: "person-karen-bass", locale: "en", page: 1 }),
    pub("bodies.votes", { id: FIXTURE.council, locale: "en", page: 1 }),
    pub("bodies.statements", { id: "body-rpla-county", locale: "en", page: 1 }),
    pub("meetings.page", { id: FIXTURE.meeting, locale: "en" }),
    pub("meetings.ofBody", { id: FIXTURE.council, locale: "en", now: FIXTURE.now }),
    pub(
      "meetings.bodyList",
      { id: FIXTURE.council, locale: "en", when: "upcoming", page: 1, now: FIXTURE.now },
      "upcoming",
    ),
    pub("meetings.bodyList", { id: FIXTURE.council, locale: "en", when: "past", page: 1, now: FIXTURE.now }, "past"),
    ...(["body", "measure", "meeting"] as const).map((kind) =>
      pub(
        "calendars.meetings",
        { kind, id: { body: FIXTURE.council, measure: SANCTUARY, meeting: FIXTURE.meeting }[kind] },
        kind,
      ),
    ),
    pub("calendars.meetings", { kind: "all" }, "all"),
    ...browseCalls(pub),
    pub("search.query", { q: "sanctuary city", locale: "en" }, "explainers and measures"),
    pub("search.query", { q: "council member", locale: "es" }, "people"),
    pub(
      "search.query",
      { q: "sanctuary", locale: "en", filters: { kind: "measure", stage: "adopted", sort: "newest" } },
      "narrowed, newest first",
    ),
    pub(
      "search.query",
      { q: "council", locale: "en", filters: { body: FIXTURE.council, year: 2024, sort: "relevance" } },
      "by body and year",
    ),
    pub("site.sitemapCounts"),
    pub("site.sitemapSlice", { kind: "measures", skip: 0, take: 25_000 }, "measures"),
    pub("site.sitemapSlice", { kind: "explainers", skip: 0, take: 25_000 }, "explainers"),
    pub("site.latest", { locale: "en" }),
    pub("site.measureActivity", { id: SANCTUARY }),
    pub("site.personActivity", { id: FIXTURE.councilMember }),
    pub("feeds.bodyActivity", { id: FIXTURE.council, locale: "en" }),
    pub("feeds.search", { q: "sanctuary", locale: "en" }),
    pub("haveYourSay.forBody", { id: FIXTURE.council, locale: "en" }),
    ...(["measure", "vote", "person", "body"] as const).map((kind) =>
      pub(
        "site.openRecord",
        {
          kind,
          id: { measure: SANCTUARY, vote: FIXTURE.vote, person: FIXTURE.councilMember, body: FIXTURE.council }[kind],
        },
        kind,
      ),
    ),
    ...(["measure", "person", "body"] as const).map((kind) =>
      pub(
        "site.jsonLdRecords",
        { kind, id: { measure: SANCTUARY, person: "person-karen-bass", body: FIXTURE.council }[kind] },
        kind,
      ),
    ),
    pub("site.voteCard", { id: FIXTURE.vote }),
    pub("site.explainerCard", { measureId: SANCTUARY, locale: "en" }),
    pub("redirects.person", { id: "person-merged-away" }),
  ];
}

/** The browse lists: the measures list with each filter and order, and the other lists. */
function browseCalls(pub: (path: string, input?: unknown, variant?: string) => HotCall): HotCall[] {
  const measures = (filters: Record<string, unknown>, variant: string, page = 1) =>
    pub("browse.measures", { locale: "en", filters: { sort: "latest", ...filters }, page }, variant);
  return [
    measures({}, "latest first"),
    measures({ sort: "title" }, "by title"),
    measures({ stage: "adopted" }, "by stage"),
    measures({ kind: "ordinance", sort: "title" }, "by kind, by title"),
    measures({ body: FIXTURE.council }, "by body"),
    measures({ subject: "immigration" }, "by topic"),
    measures({ year: 2024 }, "by year"),
    measures({ stage: "adopted", kind: "ordinance", body: FIXTURE.council, year: 2024 }, "every filter"),
    pub("browse.currentOfficials", { locale: "en", today }),
    pub("browse.pastOfficials", { locale: "en", today, page: 1 }),
    pub("browse.bodies", { locale: "en", today, now: FIXTURE.now }),
    pub("browse.meetings", { locale: "en", filters: { when: "upcoming" }, page: 1, now: FIXTURE.now }, "upcoming"),
    pub(
      "browse.meetings",
      { locale: "en", filters: { when: "past", body: FIXTURE.council }, page: 1, now: FIXTURE.now },
      "past, by body",
    ),
  ];
}

/**
 * The staff app's reads: each list with every sort and every filter it offers (from LISTINGS, so
 * a new sort or filter is checked without editing this file), a word search, each record's form
 * and history, the dashboard, the roll-call pre-fill and the audit log.
 */
export async function staffReadCalls(repositories: Repositories): Promise<HotCall[]> {
  const admin = (path: string, input?: unknown, variant?: string) => call("admin", path, input, variant);
  const calls: HotCall[] = [admin("me"), admin("dashboard.overview")];
  for (const collection of RECORD_COLLECTIONS) {
    const listing = LISTINGS[collection];
    const sample = (await repositories[collection].list({ pageSize: 1 })).items[0] as
      | Record<string, unknown>
      | undefined;
    if (!sample) throw new Error(`the query-plan fixture has no ${collection}`);
    const id = String(sample.id);
    calls.push(admin(`${collection}.list`, {}, "default"));
    for (const sort of listing.sorts) calls.push(admin(`${collection}.list`, { sort }, `sort ${sort}`));
    for (const filter of listing.filters) {
      const value = typeof sample[filter] === "string" ? sample[filter] : "none";
      calls.push(admin(`${collection}.list`, { filters: { [filter]: value } }, `filter ${filter}`));
    }
    calls.push(admin(`${collection}.list`, { search: "council", page: 2 }, "search"));
    calls.push(admin(`${collection}.get`, { id }));
    calls.push(admin(`${collection}.history`, { id }));
  }
  calls.push(
    admin("explainers.lintRecords", { id: "explainer-sanctuary-ordinance-en" }, "published, with perspectives"),
    admin("rollCall.members", { bodyId: FIXTURE.council, date: "2025-03-01" }),
    admin("audit.list", {}, "newest first"),
    admin("audit.list", { page: 3, pageSize: 20 }, "a later page"),
    admin("audit.list", { actorName: "query plan fixture" }, "by who"),
    admin("audit.list", { recordType: "measure" }, "by kind of record"),
    admin("audit.list", { recordType: "measure", recordId: FIXTURE.measure }, "one record"),
    admin("audit.list", { action: "update" }, "by action"),
    admin("audit.list", { from: "2025-01-01T00:00:00Z", to: "2099-01-01T00:00:00Z" }, "by dates"),
    admin("audit.actors"),
    admin("transfer.export", { format: "legible-dataset" }),
    admin("merge.preview", { fromId: FIXTURE.councilMember, intoId: "person-karen-bass" }),
    admin("merge.undone", { auditEntryIds: [1, 2, 3] }),
    admin("review.list", { status: "open" }, "open"),
    admin("review.list", { status: "resolved", page: 2 }, "decided, a later page"),
    admin("review.countOpen"),
    admin(
      "review.removalOf",
      { recordType: "measure", recordId: FIXTURE.measure },
      "a record's removed-upstream badge",
    ),
    admin("syncs.options"),
    admin("syncs.list"),
  );
  return calls;
}

/** The saves staff make all day: a measure, a vote with its roll call, an explainer draft. */
export async function staffSaveCalls(repositories: Repositories): Promise<HotCall[]> {
  const [measure, vote, explainer] = await Promise.all([
    repositories.measures.get(FIXTURE.measure),
    repositories.voteEvents.get(FIXTURE.vote),
    repositories.explainers.get(FIXTURE.draftExplainer),
  ]);
  if (!measure || !vote || !explainer) throw new Error("the query-plan fixture is missing a record to save");
  return [
    call("admin", "measures.update", { ...measure, title: `${measure.title} (amended)` }),
    call("admin", "voteEvents.update", {
      ...vote,
      motionText: `${vote.motionText} as amended`,
      rollCall: vote.rollCall?.map((entry, index) => (index === 0 ? { ...entry, option: "abstain" } : entry)) ?? null,
    }),
    call("admin", "explainers.update", { ...explainer, headline: `${explainer.headline}, revised` }),
  ];
}
