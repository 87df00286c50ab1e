import type { PrismaDatabase } from "../client.js";
import { saveJurisdiction } from "../repositories/jurisdictions.js";
import { losAngeles } from "./seed-story.js";

export interface SeedReport {
  jurisdictions: number;
}

/** Loads the seed story. Safe to run again: every record is saved by its stable id. */
export async function seedDatabase(
  prisma: PrismaDatabase,
  progress: (message: string) => void = () => {},
): Promise<SeedReport> {
  await saveJurisdiction(prisma, losAngeles);
  progress(`jurisdiction: ${losAngeles.name}`);
  return { jurisdictions: 1 };
}
