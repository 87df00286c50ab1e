import type { IssuedQuery } from "@legible/db";

/** One distinct statement, with the parameters it was first seen with and every procedure that sent it. */
export interface RecordedStatement {
  sql: string;
  params: unknown[];
  procedures: string[];
}

// Transaction control and connection set-up carry no plan; only statements that read or write rows do.
const PLANNABLE = /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i;

/**
 * Collects the SQL Prisma sends while a named procedure runs. Statements are kept once per SQL
 * text, so the check explains each distinct query once however many pages send it.
 */
export class QueryRecorder {
  private current: string | null = null;
  private readonly statements = new Map<string, RecordedStatement>();

  /** Pass to createDatabase's `onQuery`: statements outside `during` (set-up, EXPLAIN itself) are ignored. */
  readonly listener = (query: IssuedQuery): void => {
    const procedure = this.current;
    if (procedure === null || !PLANNABLE.test(query.sql)) return;
    const seen = this.statements.get(query.sql);
    if (seen) {
      if (!seen.procedures.includes(procedure)) seen.procedures.push(procedure);
      return;
    }
    this.statements.set(query.sql, {
      sql: query.sql,
      params: JSON.parse(query.params) as unknown[],
      procedures: [procedure],
    });
  };

  /** Runs one procedure call, attributing every statement it sends to `procedure`. */
  async during<T>(procedure: string, call: () => Promise<T>): Promise<T> {
    this.current = procedure;
    try {
      return await call();
    } finally {
      this.current = null;
    }
  }

  recorded(): RecordedStatement[] {
    return [...this.statements.values()];
  }
}
