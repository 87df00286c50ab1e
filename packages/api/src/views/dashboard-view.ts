import { type Explainer, lintExplainer } from "@legible/core";
import type { Repositories } from "@legible/db";

/** How many unpublished explainers the dashboard lints; the rest are a click away. */
const LINTED_DRAFTS = 20;
/** How many explainers with changed records the dashboard lists, and how many changes of each. */
const CHANGED_EXPLAINERS = 50;
const CHANGES_SHOWN = 10;

/**
 * What needs staff attention now: explainers awaiting review, lint findings, published
 * explainers whose records changed since their last review, recent changes.
 */
export async function dashboardView(repositories: Repositories) {
  const { staff, explainers } = repositories;
  const [awaitingReview, drafts, changes, changedRecords] = await Promise.all([
    staff.listRecords("explainers", { filters: { status: "in-review" }, sort: "updatedAt", pageSize: 50 }),
    staff.listRecords("explainers", { filters: { status: "draft" }, sort: "updatedAt", pageSize: LINTED_DRAFTS }),
    staff.recentChanges(15),
    repositories.explainersWithChangedRecords(),
  ]);
  const unpublished = (
    await Promise.all(
      [...awaitingReview.items, ...drafts.items].slice(0, LINTED_DRAFTS).map((item) => explainers.get(item.id)),
    )
  ).filter((explainer): explainer is Explainer => explainer !== null);
  // Lint weighs perspectives by the statements they link to, and flags blocks citing records
  // that changed since the explainer was last reviewed (only explainers published before have any).
  const statements = await repositories.statementsForLint({
    ids: unpublished.flatMap((explainer) =>
      explainer.blocks.flatMap((block) => (block.kind === "perspectives" ? block.statementIds : [])),
    ),
  });
  const changedById = new Map(changedRecords.map((entry) => [entry.explainerId, entry.changes]));
  const lintFindings = unpublished
    .map((explainer) => ({
      id: explainer.id,
      headline: explainer.headline,
      locale: explainer.locale,
      findings: lintExplainer(explainer, { statements, changes: changedById.get(explainer.id) ?? [] }),
    }))
    .filter((entry) => entry.findings.length > 0);
  return {
    awaitingReview: awaitingReview.items,
    lintFindings,
    recordsChanged: {
      total: changedRecords.length,
      explainers: changedRecords.slice(0, CHANGED_EXPLAINERS).map(({ changes: all, ...explainer }) => ({
        ...explainer,
        changes: all.slice(0, CHANGES_SHOWN),
        moreChanges: Math.max(0, all.length - CHANGES_SHOWN),
      })),
    },
    recentChanges: changes.map(({ before: _before, after: _after, ...change }) => change),
  };
}
