import { type Jurisdiction, JurisdictionSchema } from "@legible/core";
import type { PrismaDatabase } from "../client";
import type { Jurisdiction as JurisdictionRow } from "../generated/sqlite/client";

function toJurisdiction(row: JurisdictionRow): Jurisdiction {
  return JurisdictionSchema.parse({
    id: row.id,
    name: row.name,
    slug: row.slug,
    classification: row.classification,
    divisionId: row.divisionId,
    url: row.url ?? undefined,
  });
}

export async function listJurisdictions(prisma: PrismaDatabase): Promise<Jurisdiction[]> {
  const rows = await prisma.jurisdiction.findMany({ orderBy: { name: "asc" } });
  return rows.map(toJurisdiction);
}

export async function findJurisdictionBySlug(prisma: PrismaDatabase, slug: string): Promise<Jurisdiction | null> {
  const row = await prisma.jurisdiction.findUnique({ where: { slug } });
  return row ? toJurisdiction(row) : null;
}

/** Creates the jurisdiction or brings it up to date; saving the same record twice changes nothing. */
export async function saveJurisdiction(prisma: PrismaDatabase, input: Jurisdiction): Promise<Jurisdiction> {
  const jurisdiction = JurisdictionSchema.parse(input);
  const data = {
    name: jurisdiction.name,
    slug: jurisdiction.slug,
    classification: jurisdiction.classification,
    divisionId: jurisdiction.divisionId,
    url: jurisdiction.url ?? null,
  };
  const row = await prisma.jurisdiction.upsert({
    where: { id: jurisdiction.id },
    create: { id: jurisdiction.id, ...data },
    update: data,
  });
  return toJurisdiction(row);
}
