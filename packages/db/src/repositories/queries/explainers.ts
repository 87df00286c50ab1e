import type { PrismaDatabase } from "../../client";

export function explainersQueries(_prisma: PrismaDatabase) {
  return {};
}
