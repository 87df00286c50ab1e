import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { Mutex } from "async-mutex";

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/**
 * One SQLite connection per process, used by one thing at a time.
 *
 * Prisma's better-sqlite3 adapter runs statements sent outside a transaction on the same
 * connection as an open transaction: a save made while another save's transaction was open became
 * part of it, and vanished when that one rolled back. Here a transaction holds the connection until
 * it ends, and every other statement waits for it.
 *
 * Transactions begin IMMEDIATE, taking SQLite's one write lock first: a transaction that read and
 * then found another process (the public site, a sync from the command line) had written since is
 * refused at once (SQLITE_BUSY_SNAPSHOT) and never waits; one that asks for the lock first waits its
 * turn on the busy timeout.
 */
export function oneAtATime(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      return serialized(await factory.connect());
    },
  };
}

function serialized(connection: SqlDriverAdapter): SqlDriverAdapter {
  const turn = new Mutex();
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    queryRaw: (query) => turn.runExclusive(() => connection.queryRaw(query)),
    executeRaw: (query) => turn.runExclusive(() => connection.executeRaw(query)),
    executeScript: (script) => turn.runExclusive(() => connection.executeScript(script)),
    getConnectionInfo: connection.getConnectionInfo?.bind(connection),
    dispose: () => turn.runExclusive(() => connection.dispose()),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
        // SQLite's transactions are all serializable; the adapter refuses other levels the same way.
        return connection.startTransaction(isolationLevel);
      }
      const release = await turn.acquire();
      try {
        await connection.executeRaw(statement("BEGIN IMMEDIATE"));
      } catch (error) {
        release();
        throw error;
      }
      return openTransaction(connection, release);
    },
  };
}

/** The connection while a transaction holds it; Prisma sends COMMIT or ROLLBACK itself, then ends it here. */
function openTransaction(connection: SqlDriverAdapter, release: () => void): Transaction {
  let ended = false;
  const end = async () => {
    if (ended) return;
    ended = true;
    release();
  };
  return {
    provider: connection.provider,
    adapterName: connection.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (query) => connection.queryRaw(query),
    executeRaw: (query) => connection.executeRaw(query),
    commit: end,
    rollback: end,
    createSavepoint: async (name) => void (await connection.executeRaw(statement(`SAVEPOINT ${name}`))),
    rollbackToSavepoint: async (name) => void (await connection.executeRaw(statement(`ROLLBACK TO ${name}`))),
    releaseSavepoint: async (name) => void (await connection.executeRaw(statement(`RELEASE SAVEPOINT ${name}`))),
  };
}
