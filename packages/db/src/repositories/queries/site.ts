import type { PrismaDatabase } from "../../client";

export function siteQueries(_prisma: PrismaDatabase) {
  return {};
}
