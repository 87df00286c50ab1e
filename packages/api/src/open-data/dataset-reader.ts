import type { Action, Dataset } from "@legible/core";
import type { PublicDatasetCollection, PublicDatasetReader, PublicRecordOf } from "@legible/db";

// A dataset already in memory, read the way the open-data files read the database's (the db's
// sitePublicDatasetReader): for the bench, which generates its dataset, and for tests.

/** Each measure's actions, found once. */
export function actionsByMeasure(actions: readonly Action[]): Map<string, Action[]> {
  const grouped = new Map<string, Action[]>();
  for (const action of actions) {
    const list = grouped.get(action.measureId);
    if (list) list.push(action);
    else grouped.set(action.measureId, [action]);
  }
  return grouped;
}

export function inMemoryDatasetReader(dataset: Dataset, pageSize = 500): PublicDatasetReader {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const measures = new Map(dataset.measures.map((measure) => [measure.id, measure]));
  const actions = actionsByMeasure(dataset.actions);
  const found = <T>(ids: readonly string[], byId: Map<string, T>) =>
    [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  return {
    async *pages<C extends PublicDatasetCollection>(collection: C) {
      const records = (dataset[collection] ?? []) as PublicRecordOf<C>[];
      for (let start = 0; start < records.length; start += pageSize) yield records.slice(start, start + pageSize);
    },
    sources: async (ids) => found(ids, sources),
    measures: async (ids) => found(ids, measures),
    actionsOf: async (measureIds) => [...new Set(measureIds)].flatMap((id) => actions.get(id) ?? []),
  };
}
