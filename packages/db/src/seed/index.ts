import type { PrismaDatabase } from "../client";
import { saveJurisdiction } from "../repositories/jurisdictions";
import { losAngeles } from "./seed-story";

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

/** A database needs the seed story only when it holds no records at all; staff edits are never overwritten. */
export async function needsSeed(prisma: PrismaDatabase): Promise<boolean> {
  return (await prisma.jurisdiction.count()) === 0;
}
