import { readFileSync } from "node:fs";
import { type Dataset, type Explainer, type Locale, parseDataset } from "@legible/core";
import type { PublishedExplainerPage } from "./explainer-view";

// The seed story's explainer page as the read model would return it, built from the dataset
// without a database: for the view builder's tests and the shared renderer's (packages/ui).

const seedFile = new URL("../../../../prisma/seed/seed-story.json", import.meta.url);
const parsed = parseDataset(JSON.parse(readFileSync(seedFile, "utf8")));
if (!parsed.ok) throw new Error(`The seed story does not parse: ${JSON.stringify(parsed.issues)}`);
export const seed: Dataset = parsed.value;
export const MEASURE = "measure-sanctuary-ordinance";

export function explainerIn(locale: Locale): Explainer {
  const explainer = seed.explainers?.find((e) => e.measureId === MEASURE && e.locale === locale);
  if (!explainer) throw new Error(`no ${locale} explainer in the seed`);
  return explainer;
}

/** What the read model returns for the seed story, built from the dataset (extra records included). */
export function seedPage(locale: Locale, explainer: Explainer = explainerIn(locale)): PublishedExplainerPage {
  const measure = seed.measures?.find((m) => m.id === MEASURE);
  if (!measure) throw new Error("no measure");
  const recordSources: Record<string, string[]> = {};
  const add = (type: string, records: ReadonlyArray<{ id: string; sourceIds: string[] }> | undefined) => {
    for (const record of records ?? []) recordSources[`${type}:${record.id}`] = record.sourceIds;
  };
  add("measure", seed.measures);
  add("action", seed.actions);
  add("vote-event", seed.voteEvents);
  add("membership", seed.memberships);
  for (const s of seed.statements ?? []) recordSources[`statement:${s.id}`] = [s.sourceId];
  return {
    explainer,
    translation: { id: "other", locale: locale === "en" ? "es" : "en" },
    measure,
    relatedMeasures: (seed.measures ?? []).filter((m) => m.id !== MEASURE),
    actions: (seed.actions ?? []).filter((a) => a.measureId === MEASURE),
    voteEvents: (seed.voteEvents ?? []).filter((v) => v.measureId === MEASURE),
    bodies: seed.bodies ?? [],
    posts: seed.posts ?? [],
    people: seed.people ?? [],
    memberships: seed.memberships ?? [],
    statements: (seed.statements ?? []).filter((s) => s.measureId === MEASURE),
    sources: seed.sources ?? [],
    citedRecordSources: recordSources,
    review: { reviewedAt: "2024-11-20T18:00:00Z", recordsChanged: false },
  };
}

export { buildExplainerView } from "./explainer-view";
