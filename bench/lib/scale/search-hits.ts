import type { Dataset } from "@legible/core";
import { searchDocuments } from "./rows";

/**
 * How many search documents contain a word starting with the term (search matches words by
 * prefix): the number of hits a search for it has to rank, known before anything is loaded.
 */
export function countSearchHits(dataset: Dataset, terms: Record<string, string>): Record<string, number> {
  const documents = searchDocuments(dataset).map((document) => `${document.title}\n${document.body}`);
  return Object.fromEntries(
    Object.entries(terms).map(([name, term]) => {
      const word = new RegExp(`(^|[^\\p{L}\\p{N}])${term}`, "iu");
      return [name, documents.filter((text) => word.test(text)).length];
    }),
  );
}
