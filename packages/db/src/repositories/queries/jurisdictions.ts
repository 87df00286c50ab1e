import type { Jurisdiction } from "@legible/core";
import type { PrismaDatabase } from "../../client";
import { jurisdictionKind } from "../kinds/jurisdiction";

export function jurisdictionQueries(prisma: PrismaDatabase) {
  return {
    async jurisdictionBySlug(slug: string): Promise<Jurisdiction | null> {
      const row = await prisma.jurisdiction.findUnique({ where: { slug }, select: { id: true } });
      return row ? jurisdictionKind.find(prisma, row.id) : null;
    },
  };
}
