import type { ImportCollection } from "@legible/core";

// What an import job reads from a file, whatever the format: records one at a time, each with
// its collection and its place in the file, and how far into the file the reading got.

export interface ImportItem {
  collection: ImportCollection;
  /** The record as read; for a dataset, not yet checked (see readDatasetItem). */
  value: unknown;
  /** Where it sits in the file, such as `people.1234`. */
  place: string;
  /** Already checked by the format's reader (formats read whole). */
  checked?: boolean;
}

export interface ItemSource {
  items: AsyncIterable<ImportItem>;
  /** Bytes of the file read so far, for progress. */
  bytesRead(): number;
  close(): void;
}
