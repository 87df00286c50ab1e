// What the global setup hands to every test file through Vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** The throwaway cluster's URL, or "" when PostgreSQL is not on this machine. */
    postgresUrl: string;
  }
}

export {};
