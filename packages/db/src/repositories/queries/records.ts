import type { PrismaDatabase } from "../../client";

export function recordsQueries(_prisma: PrismaDatabase) {
  return {};
}
