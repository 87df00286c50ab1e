import type { ScenarioTargets } from "./generate";
import { type Latency, measureLatency } from "./latency";
import { queryUrl } from "./trpc-http";

/**
 * The public pages' queries, as the site's clients call them over HTTP. "oldest votes" is the
 * last page of the veteran's whole voting record, the deepest page any list has.
 */
export type PublicQuery = "explainer" | "person" | "oldest votes" | "body" | "search";
export type SearchTerm = keyof ScenarioTargets["searchTerms"];

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

/** Search for each known term: from ten matches to thousands. */
export async function measureSearches(
  publicUrl: string,
  targets: ScenarioTargets,
  say: (line: string) => void,
): Promise<Record<SearchTerm, Latency>> {
  const results = {} as Record<SearchTerm, Latency>;
  for (const [name, q] of Object.entries(targets.searchTerms) as [SearchTerm, string][]) {
    results[name] = await measureLatency(queryUrl(publicUrl, "search.query", { q, locale: "en" }), SECONDS_PER_QUERY);
    say(
      `  search "${q}": p50 ${results[name].p50} ms, p95 ${results[name].p95} ms (${results[name].requests} requests)`,
    );
  }
  return results;
}
