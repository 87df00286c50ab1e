import type { CollectionConfig } from "./collection";
import { actions } from "./collections/actions";
import { bodies } from "./collections/bodies";
import { jurisdictions } from "./collections/jurisdictions";
import { measures } from "./collections/measures";
import { meetings } from "./collections/meetings";
import { memberships } from "./collections/memberships";
import { people } from "./collections/people";
import { posts } from "./collections/posts";
import { sources } from "./collections/sources";
import { statements } from "./collections/statements";
import { voteEvents } from "./collections/vote-events";
import type { RecordRouterKey } from "./router-keys";

const ALL: readonly CollectionConfig[] = [
  measures,
  voteEvents,
  actions,
  people,
  bodies,
  posts,
  memberships,
  statements,
  meetings,
  sources,
  jurisdictions,
];

/** The collection at an address segment (`people`), or undefined for any other. */
export function collectionAt(slug: string): CollectionConfig | undefined {
  return ALL.find((config) => config.slug === slug);
}

export function collectionOf(router: RecordRouterKey): CollectionConfig {
  const config = ALL.find((candidate) => candidate.router === router);
  if (!config) throw new Error(`No screens for ${router}`);
  return config;
}

/** The collection that holds an audit entry's record type (`vote-event`). */
export function collectionOfType(recordType: string): CollectionConfig | undefined {
  return ALL.find((config) => config.recordType === recordType);
}

export const COLLECTION_SLUGS = ALL.map((config) => config.slug);
