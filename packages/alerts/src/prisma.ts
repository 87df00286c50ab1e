import type { Database } from "@legible/db";

/** The Prisma client the alerts' store, watcher and sender work on (the process's own connection). */
export type PrismaDatabase = Database["prisma"];
