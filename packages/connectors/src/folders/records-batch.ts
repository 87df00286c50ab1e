import { IMPORT_COLLECTIONS, type ImportCollection, type ImportFile, type ImportRecords } from "@legible/core";

// The records of one batch of files, gathered by collection for one applyImport: a record two
// files both bring (the council two members sit on) is kept once, with the first file's place.

export class RecordsBatch {
  readonly records = Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, []])) as unknown as ImportRecords;
  readonly places = Object.fromEntries(IMPORT_COLLECTIONS.map((c) => [c, {}])) as ImportFile["places"];

  add<C extends ImportCollection>(collection: C, record: ImportRecords[C][number], place: string): void {
    const places: Record<string, string> = this.places[collection];
    const id = (record as { id: string }).id;
    if (id in places) return;
    (this.records[collection] as Array<unknown>).push(record);
    places[id] = place;
  }

  has(collection: ImportCollection, id: string): boolean {
    return id in this.places[collection];
  }

  get size(): number {
    return IMPORT_COLLECTIONS.reduce((sum, c) => sum + this.records[c].length, 0);
  }
}
