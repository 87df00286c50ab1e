import { type Explainer, lintExplainer } from "@legible/core";
import type { Repositories } from "@legible/db";

/** How many unpublished explainers the dashboard lints; the rest are a click away. */
const LINTED_DRAFTS = 20;

/** What needs staff attention now: explainers awaiting review, lint findings, recent changes. */
export async function dashboardView(repositories: Repositories) {
  const { staff, explainers } = repositories;
  const [awaitingReview, drafts, changes] = await Promise.all([
    staff.listRecords("explainers", { filters: { status: "in-review" }, sort: "updatedAt", pageSize: 50 }),
    staff.listRecords("explainers", { filters: { status: "draft" }, sort: "updatedAt", pageSize: LINTED_DRAFTS }),
    staff.recentChanges(15),
  ]);
  const unpublished = await Promise.all(
    [...awaitingReview.items, ...drafts.items].slice(0, LINTED_DRAFTS).map((item) => explainers.get(item.id)),
  );
  const lintFindings = unpublished
    .filter((explainer): explainer is Explainer => explainer !== null)
    .map((explainer) => ({
      id: explainer.id,
      headline: explainer.headline,
      locale: explainer.locale,
      findings: lintExplainer(explainer),
    }))
    .filter((entry) => entry.findings.length > 0);
  return {
    awaitingReview: awaitingReview.items,
    lintFindings,
    recentChanges: changes.map(({ before: _before, after: _after, ...change }) => change),
  };
}
