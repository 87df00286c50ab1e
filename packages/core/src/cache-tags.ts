import { z } from "zod";

/**
 * Cache tags: the names a public page's cached copy carries, one for every record it shows, so a
 * change refreshes exactly the pages that show what changed. A page derives its tags from its own
 * view (`tagsShownBy`), a change names only the records it touched (`tagsChangedBy`); no code has
 * to know which pages show what.
 *
 * Two tags per record: `measure:<id>` is on every page that shows the measure (its title in a
 * list, a link); `page:measure:<id>` only on the measure's own pages (its page, its feed), which
 * list what belongs to it. A saved vote refreshes every page showing the vote, and the own pages
 * of its measure, body and voters, whose lists it joins or leaves; not every page that links
 * to that body.
 */

/** Kinds of records that pages show and tag themselves with. */
export const TAGGED_KINDS = [
  "measure",
  "person",
  "body",
  "vote",
  "meeting",
  "explainer",
  "post",
  "source",
  "jurisdiction",
] as const;
export type TaggedKind = (typeof TAGGED_KINDS)[number];

/**
 * Tags that are not one record: each kind's lists (`list:<kind>`) and the site's shared pages.
 * `all` is only ever sent by a change that touched everything (an import, a sync run).
 */
export const SITE_TAGS = ["home", "feeds", "search", "sitemap", "open-data"] as const;
export type SiteTag = (typeof SITE_TAGS)[number];
export const ALL_TAG = "all";

/**
 * Tags travel in HTTP headers (Next's own, a CDN's `Cache-Tag` and space-separated
 * `Surrogate-Key`): ids are percent-encoded so commas, spaces and non-ASCII never split one.
 */
export function recordTag(kind: TaggedKind, id: string): string {
  return `${kind}:${encodeURIComponent(id)}`;
}

/** On a record's own pages only: what a change to something that belongs to it refreshes. */
export function pageTag(kind: TaggedKind, id: string): string {
  return `page:${recordTag(kind, id)}`;
}

export function listTag(kind: TaggedKind): string {
  return `list:${kind}`;
}

const kindPattern = TAGGED_KINDS.join("|");
const RECORD_TAG = new RegExp(`^(page:)?(${kindPattern}):[A-Za-z0-9\\-_.!~*'()%]{1,200}$`);
const LIST_TAG = new RegExp(`^list:(${kindPattern})$`);

/** True for a tag of this vocabulary: anything else is ignored where tags come from outside. */
export function isCacheTag(tag: string): boolean {
  return RECORD_TAG.test(tag) || LIST_TAG.test(tag) || (SITE_TAGS as readonly string[]).includes(tag);
}

// Where a view (or a stored record) names another record. Objects under these keys are that
// kind of record when they carry an id; `<kind>Id` fields name one by id; `{kind, id}` and
// `{type, id}` pairs name their own kind.
const KEY_KINDS: Record<string, TaggedKind> = {
  measure: "measure",
  measures: "measure",
  relatedMeasures: "measure",
  person: "person",
  people: "person",
  voter: "person",
  body: "body",
  bodies: "body",
  parent: "body",
  vote: "vote",
  votes: "vote",
  recentVotes: "vote",
  meeting: "meeting",
  meetings: "meeting",
  upcoming: "meeting",
  past: "meeting",
  post: "post",
  posts: "post",
  sources: "source",
  jurisdiction: "jurisdiction",
};
// `measureId`, `sourceIds`, `speakerPersonId`, `voteEventId`…
const ID_FIELD = /^(?:[a-z]+?)??(measure|person|body|vote|voteEvent|meeting|post|source|jurisdiction)Ids?$/i;
const ID_FIELD_KINDS: Record<string, TaggedKind> = { voteevent: "vote" };
const EXPLAINER_KEYS = new Set(["explainer", "explainers"]);

function isTaggedKind(value: unknown): value is TaggedKind {
  return typeof value === "string" && (TAGGED_KINDS as readonly string[]).includes(value);
}

/**
 * Every record a view (or any plain data: a stored record, a page's whole data) names, as
 * record tags. Walks the whole value once; ids are strings, anything else is skipped.
 */
export function recordTagsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  const visit = (node: unknown, kindOfNode: TaggedKind | null, explainer: boolean): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, kindOfNode, explainer);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    if (typeof object.id === "string" && kindOfNode) found.add(recordTag(kindOfNode, object.id));
    if (explainer && typeof object.measureId === "string") found.add(recordTag("explainer", object.measureId));
    const ownKind = object.kind ?? object.type;
    if (isTaggedKind(ownKind) && typeof object.id === "string") found.add(recordTag(ownKind, object.id));
    for (const [key, child] of Object.entries(object)) {
      const idField = ID_FIELD.exec(key);
      if (idField) {
        const name = (idField[1] as string).toLowerCase();
        const kind = ID_FIELD_KINDS[name] ?? (name as TaggedKind);
        for (const id of Array.isArray(child) ? child : [child]) {
          if (typeof id === "string" && id.length > 0) found.add(recordTag(kind, id));
        }
        continue;
      }
      visit(child, KEY_KINDS[key] ?? null, EXPLAINER_KEYS.has(key));
    }
  };
  visit(value, null, false);
  return found;
}

/** Next keeps at most 128 tags per call; CDNs cap their tag headers too. */
export const MAX_PAGE_TAGS = 128;

/**
 * A page's tags: its own record's two (when it is one record's page), every record its view
 * shows, and the shared tags it stands for (`home`, `list:measure`, …). Past `max`, the kind with
 * the most records is folded into its list tag, which every change of that kind also names: the
 * page then refreshes a little more often, never less.
 */
export function tagsShownBy(
  view: unknown,
  options: { own?: { kind: TaggedKind; id: string }; shared?: readonly string[]; max?: number } = {},
): string[] {
  const max = options.max ?? MAX_PAGE_TAGS;
  const records = recordTagsIn(view);
  const own = options.own
    ? [recordTag(options.own.kind, options.own.id), pageTag(options.own.kind, options.own.id)]
    : [];
  for (const tag of own) records.delete(tag);
  const fixed = [...own, ...(options.shared ?? [])];
  const lists = new Set<string>();
  let rest = [...records];
  while (fixed.length + lists.size + rest.length > max && rest.length > 0) {
    const counts = new Map<string, number>();
    for (const tag of rest) {
      const kind = tag.slice(0, tag.indexOf(":"));
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const [largest] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [TaggedKind, number];
    lists.add(listTag(largest));
    rest = rest.filter((tag) => !tag.startsWith(`${largest}:`));
  }
  return [...new Set([...fixed, ...lists, ...rest])].slice(0, max);
}

/**
 * A change to one stored record: its kind and id when pages show it by itself (an explainer by
 * its measure's id), and the record as it was and as it is now. Records without pages of their
 * own (a term, an action, a statement) give only `records`: the pages of what they name.
 */
export type RecordChange = (
  | { kind: TaggedKind; id: string; records?: readonly unknown[] }
  | { kind?: undefined; id?: undefined; records: readonly unknown[] }
) & {
  /**
   * Kinds of named records whose look this record changes wherever they are shown, not only on
   * their own pages: a term changes the office shown beside its person on every explainer, an
   * action the stage shown beside its measure.
   */
  alters?: readonly TaggedKind[];
};

/**
 * What a change invalidates: every page showing a changed record; the own pages of every record
 * it names before or after the change (a vote moved from one measure to another leaves the one's
 * list and joins the other's); the lists of every kind involved (a vote can move its measure's
 * stage in the measures list; a new term changes who is in office); and the site's shared pages
 * (home, feeds, search, sitemap, open data). An explainer's pages are its measure's own pages.
 */
export function tagsChangedBy(changes: readonly RecordChange[]): string[] {
  const tags = new Set<string>();
  const kinds = new Set<TaggedKind>();
  for (const change of changes) {
    if (change.kind !== undefined) {
      tags.add(recordTag(change.kind, change.id));
      kinds.add(change.kind);
      if (change.kind === "explainer") tags.add(pageTag("measure", change.id));
    }
    const named = new Set<string>();
    for (const record of change.records ?? []) recordTagsIn(record, named);
    for (const tag of named) {
      const kind = tag.slice(0, tag.indexOf(":")) as TaggedKind;
      kinds.add(kind);
      tags.add(`page:${tag}`);
      if (change.alters?.includes(kind)) tags.add(tag);
    }
  }
  return [...tags, ...[...kinds].map(listTag), ...SITE_TAGS];
}

/**
 * The body of an invalidation call (the staff app to the public site, Legible to a purge webhook):
 * the tags to refresh, or `all: true` when everything may have changed (an import, a sync run).
 * An empty list refreshes nothing; tags outside the vocabulary are dropped by `knownTags`.
 */
export const InvalidationSchema = z
  .object({
    tags: z.array(z.string().max(300)).max(5000).default([]),
    all: z.boolean().optional(),
  })
  .strict();
export type Invalidation = z.infer<typeof InvalidationSchema>;

/** The tags this vocabulary knows, in order, without repeats; the rest are ignored. */
export function knownTags(tags: readonly string[]): string[] {
  return [...new Set(tags.filter(isCacheTag))];
}
