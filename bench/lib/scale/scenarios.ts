import type { ScenarioTargets } from "./generate";
import { type Latency, measureLatency } from "./latency";
import { queryUrl } from "./trpc-http";

/**
 * The public pages' queries, as the site's clients call them over HTTP. "oldest votes" is the
 * last page of the veteran's whole voting record, the deepest page any list has.
 */
export type PublicQuery = "explainer" | "person" | "oldest votes" | "body" | "search" | "browse";
export type SearchTerm = keyof ScenarioTargets["searchTerms"];
/** A search the bench times: a term alone, or the common term narrowed, sorted or paged. */
export type SearchScenario = SearchTerm | "common, newest first" | "common, page 2" | "common, narrowed";

/** A fixed "today", so who holds office (and so the page) is the same on every run. */
const TODAY = "2026-06-30";
/** How long each endpoint is measured. */
export const SECONDS_PER_QUERY = 8;

/** The number of the last page of a person's voting record, as the site reports it. */
async function lastVotePage(publicUrl: string, personId: string): Promise<number> {
  const response = await fetch(queryUrl(publicUrl, "people.votes", { id: personId, locale: "en", page: 1 }));
  const body = (await response.json()) as { result?: { data: { paging: { pageCount: number } } } };
  if (!body.result) throw new Error(`people.votes answered ${response.status}: ${JSON.stringify(body)}`);
  return body.result.data.paging.pageCount;
}

function publicQueries(targets: ScenarioTargets, lastPage: number): Record<PublicQuery, [string, unknown]> {
  return {
    explainer: ["explainers.page", { measureId: targets.explainerMeasureId, locale: "en" }],
    person: ["people.page", { id: targets.veteranId, locale: "en", today: TODAY }],
    "oldest votes": ["people.votes", { id: targets.veteranId, locale: "en", page: lastPage }],
    body: ["bodies.page", { id: targets.councilId, locale: "en", today: TODAY }],
    // The rare term has the same ten matches at every size: only the database's size changes.
    search: ["search.query", { q: targets.searchTerms.rare, locale: "en" }],
    // The measures list narrowed by kind (about half of every measure), latest first: /measures?kind=ordinance.
    browse: ["browse.measures", { locale: "en", filters: { kind: "ordinance", sort: "latest" }, page: 1 }],
  };
}

export async function measurePublicQueries(
  publicUrl: string,
  targets: ScenarioTargets,
  say: (line: string) => void,
): Promise<Record<PublicQuery, Latency>> {
  const results = {} as Record<PublicQuery, Latency>;
  const lastPage = await lastVotePage(publicUrl, targets.veteranId);
  for (const [name, [procedure, input]] of Object.entries(publicQueries(targets, lastPage)) as [
    PublicQuery,
    [string, unknown],
  ][]) {
    results[name] = await measureLatency(queryUrl(publicUrl, procedure, input), SECONDS_PER_QUERY);
    say(
      `  ${name.padEnd(12)} p50 ${results[name].p50} ms, p99 ${results[name].p99} ms (${results[name].requests} requests)`,
    );
  }
  return results;
}

/** The searches timed: each known term (from ten matches to thousands), and the common one narrowed, newest first and paged. */
export function searchScenarios(targets: ScenarioTargets): [SearchScenario, Record<string, unknown>][] {
  const { common } = targets.searchTerms;
  return [
    ...(Object.entries(targets.searchTerms) as [SearchTerm, string][]).map(
      ([name, q]): [SearchScenario, Record<string, unknown>] => [name, { q, locale: "en" }],
    ),
    ["common, newest first", { q: common, locale: "en", filters: { sort: "newest" } }],
    ["common, page 2", { q: common, locale: "en", page: 2 }],
    ["common, narrowed", { q: common, locale: "en", filters: { kind: "measure", year: 2020, sort: "relevance" } }],
  ];
}

/** Search as the search page calls it (a page of hits and the counts of every facet), per scenario. */
export async function measureSearches(
  publicUrl: string,
  targets: ScenarioTargets,
  say: (line: string) => void,
): Promise<Record<SearchScenario, Latency>> {
  const results = {} as Record<SearchScenario, Latency>;
  for (const [name, input] of searchScenarios(targets)) {
    results[name] = await measureLatency(queryUrl(publicUrl, "search.query", input), SECONDS_PER_QUERY);
    say(
      `  search ${name.padEnd(20)}: p50 ${results[name].p50} ms, p95 ${results[name].p95} ms (${results[name].requests} requests)`,
    );
  }
  return results;
}
