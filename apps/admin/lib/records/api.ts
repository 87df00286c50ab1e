"use client";

import { useTRPC } from "../trpc";
import type { RecordRouterKey } from "./router-keys";

/**
 * One collection's procedures. Every record router has the same procedures; only their record
 * types differ, so the shared screens talk to any of them through the people router's shape
 * and pass records as plain objects (the server checks them against core's schema).
 */
export function useRecordApi(router: RecordRouterKey | "explainers") {
  const trpc = useTRPC();
  return trpc[router] as unknown as typeof trpc.people;
}

/** A record as the shared screens handle it. */
export type AnyRecord = Record<string, unknown> & { id: string; version?: number };
