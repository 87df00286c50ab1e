import { type Dataset, parseDataset } from "@legible/core";
import seedStory from "../../../prisma/seed/seed-story.json";

/** The seed story as records, for the web app's unit tests. */
export function seedRecords(): Dataset {
  const parsed = parseDataset(seedStory);
  if (!parsed.ok) throw new Error("the seed story does not parse");
  return parsed.value;
}

export function byId<T extends { id: string }>(list: T[], id: string): T {
  const found = list.find((record) => record.id === id);
  if (!found) throw new Error(`no ${id} in the seed story`);
  return found;
}
