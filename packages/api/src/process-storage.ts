import { createDatabase, createRepositories, type Database, type Repositories } from "@legible/db";

export interface Storage {
  database: Database;
  repositories: Repositories;
}

const globalForStorage = globalThis as unknown as { legibleStorage?: Promise<Storage> };

/**
 * The process's one database connection, opened on first use, shared by its requests and its sync
 * worker: on SQLite a second connection in one process would wait on the first's write lock with
 * the whole process stopped. Kept on globalThis so Next's separately bundled instrumentation and
 * routes, and its development reloads, all find the same one.
 */
export function processStorage(): Promise<Storage> {
  globalForStorage.legibleStorage ??= createDatabase().then(
    (database) => ({ database, repositories: createRepositories(database) }),
    (error: unknown) => {
      globalForStorage.legibleStorage = undefined;
      throw error;
    },
  );
  return globalForStorage.legibleStorage;
}
