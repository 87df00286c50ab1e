import { notFound } from "next/navigation";
import type { CollectionConfig } from "./collection";
import { collectionAt } from "./registry";

/** The collection an address names, or the not-found page. */
export function collectionOrNotFound(slug: string): CollectionConfig {
  const config = collectionAt(slug);
  if (!config) notFound();
  return config;
}

/** A record id from the address (ids may hold `/` and `:`, which links encode). */
export function idFromParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
