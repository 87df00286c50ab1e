import { type Dataset, parseDataset } from "@legible/core";

/**
 * Every generated record through core's dataset check (each record's schema, then every
 * reference between them): the bench measures data the app would have accepted, nothing looser.
 */
export function assertValidDataset(dataset: Dataset): void {
  const parsed = parseDataset(dataset);
  if (parsed.ok) return;
  const [first] = parsed.issues;
  throw new Error(
    `the generated dataset has ${parsed.issues.length} problems, first: ${first?.path} ${first?.message}`,
  );
}
