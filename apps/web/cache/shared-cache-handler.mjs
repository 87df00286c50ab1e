// @ts-check
import { randomUUID } from "node:crypto";
import { createClient } from "@redis/client";
import { LRUCache } from "lru-cache";

// One page and data cache for every web machine, on Next's documented cache handler interface
// (next.config.ts `cacheHandler`: get, set, revalidateTag, resetRequestCache), kept in Redis.
// Next builds a handler per request, so the Redis client, the local copy and the status live
// in the module. Tag invalidations are kept in Redis too (a hash of tag → when), so a save
// invalidated on one machine is seen by all. When Redis does not answer, each machine serves
// and fills its own copy and keeps its own invalidations, health reports "degraded", and
// nothing errors; when Redis answers again, the machines share it again. This file is loaded
// by Node itself at run time (Next imports the handler by path), so it is JavaScript.

/** How long a Redis call may take before the machine serves from its own copy instead. */
const REDIS_TIMEOUT_MS = 500;
/** Entries without a lifetime of their own expire from Redis after this long. */
const DEFAULT_TTL_SECONDS = 30 * 24 * 60 * 60;
/**
 * How long past its revalidate time a data entry (`unstable_cache`) stays in Redis: long enough
 * to be served stale once while it is rebuilt, as a page may be for an hour (next.config.ts).
 */
const DATA_KEPT_STALE_SECONDS = 60 * 60;
/** The local copy's size, counted in characters of the stored entries. */
const LOCAL_MAX_SIZE = 64 * 1024 * 1024;
/**
 * How long a copy Redis has just confirmed as the latest (its version and its tags) is served
 * again without asking: a change made on another machine shows there within this long. A busy
 * page then costs Redis a few checks a second instead of one per request.
 */
const CONFIRMED_FOR_MS = 250;
/** The response header in which Next keeps a cached page's tags. */
const CACHE_TAGS_HEADER = "x-next-cache-tags";

/**
 * @typedef {{ stale?: number; expired?: number }} TagState
 * @typedef {{ value: any; lastModified: number; tags: string[] }} Entry
 * @typedef {Entry & { version?: string }} StoredEntry
 * @typedef {{ mode: "redis" | "local"; degraded: boolean; reason: string | null }} SharedCacheStatus
 */

/** Buffers and Maps (a page's RSC payload and segments) survive the trip through JSON. */
function replacer(/** @type {string} */ key, /** @type {unknown} */ value) {
  // @ts-expect-error `this` is the object holding `key`, before Buffer#toJSON ran.
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
  if (raw instanceof Map) return { $map: [...raw.entries()] };
  return value;
}

function reviver(/** @type {string} */ _key, /** @type {any} */ value) {
  if (value && typeof value === "object") {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

export const serialize = (/** @type {StoredEntry} */ entry) => JSON.stringify(entry, replacer);
export const deserialize = (/** @type {string} */ text) => /** @type {StoredEntry} */ (JSON.parse(text, reviver));

/** The tags an entry answers to: those Next passes when storing it and, for pages, its header's. */
function tagsOf(/** @type {any} */ data, /** @type {any} */ ctx) {
  const header = data?.headers?.[CACHE_TAGS_HEADER];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...new Set([...(ctx?.tags ?? []), ...fromHeader])];
}

/** As Next's own file-system cache: an expired tag hides the entry; a stale one serves it once more while it is rebuilt. */
function judge(/** @type {Entry} */ entry, /** @type {(TagState | undefined)[]} */ states, /** @type {number} */ now) {
  let stale = false;
  for (const state of states) {
    if (!state) continue;
    if (typeof state.expired === "number" && state.expired <= now && state.expired > entry.lastModified) {
      return "expired";
    }
    if (typeof state.stale === "number" && state.stale > entry.lastModified) stale = true;
  }
  return stale ? "stale" : "fresh";
}

/** With durations, the tag is stale now and expires after `expire` seconds; without, it expires now. */
function nextTagState(
  /** @type {TagState | undefined} */ current,
  /** @type {{ expire?: number } | undefined} */ durations,
  /** @type {number} */ now,
) {
  if (!durations) return { ...current, expired: now };
  return {
    ...current,
    stale: now,
    ...(durations.expire === undefined ? {} : { expired: now + durations.expire * 1000 }),
  };
}

/**
 * How long Redis keeps an entry: its lifetime when Next gives one (pages); for data entries,
 * which Next's `unstable_cache` stores with only their revalidate time, that and an hour;
 * else the default.
 */
function secondsToKeep(/** @type {any} */ data, /** @type {any} */ ctx) {
  const expire = ctx?.cacheControl?.expire;
  if (typeof expire === "number" && expire > 0) return Math.ceil(expire);
  const revalidate = data?.kind === "FETCH" ? data.revalidate : undefined;
  if (typeof revalidate === "number" && revalidate > 0) {
    return Math.min(DEFAULT_TTL_SECONDS, Math.ceil(revalidate) + DATA_KEPT_STALE_SECONDS);
  }
  return DEFAULT_TTL_SECONDS;
}

function withTimeout(/** @type {Promise<any>} */ promise) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A cache handler class over the Redis at `url` (keys under `prefix`). Each call makes a new
 * shared state: one per web machine in production, two in a test standing for two machines.
 * Pages and data are kept per `build` (which build the machine serves): a page names its build's
 * scripts and stylesheet, so while machines of two builds share Redis (a rolling deploy), neither
 * serves the other's pages. Tag invalidations are shared by every build: a save reaches them all.
 * `confirmedForMs` other than the default is for tests (0: ask Redis on every request).
 * @param {{ url: string; prefix?: string; build?: string; confirmedForMs?: number; onStatus?: (status: SharedCacheStatus) => void }} options
 */
export function createSharedCacheHandler({
  url,
  prefix = "legible:cache:",
  build = "",
  confirmedForMs = CONFIRMED_FOR_MS,
  onStatus,
}) {
  const tagsKey = `${prefix}tags`;
  const entriesPrefix = build ? `${prefix}build:${build}:` : prefix;
  // Each entry's version (made when it is stored; two machines may store in the same
  // millisecond), apart from the entry: a hit asks Redis only whether its copy is still the
  // latest (a few bytes), and reads and parses the whole page only when it is not.
  const versionsKey = `${entriesPrefix}versions`;
  /**
   * This machine's copies, parsed; sized by their stored text. `confirmedAt` is when Redis last
   * said the copy was the latest and fresh, under this machine's `invalidations` count then.
   * @type {LRUCache<string, { entry: Entry; size: number; version: string | null; confirmedAt?: number; confirmedUnder?: number }>}
   */
  const local = new LRUCache({ maxSize: LOCAL_MAX_SIZE, sizeCalculation: (copy) => copy.size });
  /** This machine's own invalidations so far: one ends every confirmation at once, here. */
  let invalidations = 0;
  /** @type {Map<string, TagState>} */
  const localTags = new Map();
  /** @type {SharedCacheStatus} */
  let status = { mode: "redis", degraded: true, reason: "Redis is not connected yet." };
  const report = (/** @type {SharedCacheStatus} */ next) => {
    if (next.degraded !== status.degraded || next.reason !== status.reason) {
      status = next;
      onStatus?.(status);
    }
  };
  const degrade = (/** @type {unknown} */ error) =>
    report({ mode: "redis", degraded: true, reason: error instanceof Error ? error.message : String(error) });

  const client = createClient({
    url,
    // Fail at once while disconnected, rather than queue the page's request behind a reconnect.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 2_000,
      reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000),
    },
  });
  client.on("ready", () => report({ mode: "redis", degraded: false, reason: null }));
  client.on("end", () => degrade(new Error("Redis closed the connection.")));
  client.on("error", degrade);
  client.connect().catch(degrade);

  /** Runs a Redis call, or answers null (and marks the cache degraded) when Redis cannot. */
  async function redis(/** @type {() => Promise<any>} */ call) {
    if (!client.isReady) return null;
    try {
      return await withTimeout(call());
    } catch (error) {
      degrade(error);
      return null;
    }
  }

  async function tagStates(/** @type {string[]} */ tags) {
    if (!tags.length) return [];
    const shared = /** @type {(string | null)[] | null} */ (await redis(() => client.hmGet(tagsKey, tags)));
    return tags.map((tag, index) => {
      const mine = localTags.get(tag);
      const theirs = shared?.[index]
        ? /** @type {TagState} */ (JSON.parse(/** @type {string} */ (shared[index])))
        : undefined;
      if (!theirs) return mine;
      const merged = mine
        ? {
            stale: Math.max(mine.stale ?? 0, theirs.stale ?? 0) || undefined,
            expired: Math.max(mine.expired ?? 0, theirs.expired ?? 0) || undefined,
          }
        : theirs;
      // Kept, so that with Redis gone this machine still knows what the others invalidated.
      localTags.set(tag, merged);
      return merged;
    });
  }

  /**
   * Redis's copy of the entry under `key`, kept as this machine's copy; this machine's copy (or
   * null) when Redis does not answer, so an outage serves the latest this machine saw.
   */
  async function sharedEntry(/** @type {string} */ key, /** @type {Entry | null} */ mine) {
    const text = /** @type {string | null} */ (await redis(() => client.get(entriesPrefix + key)));
    if (typeof text !== "string") return mine;
    const { version: stored = null, ...entry } = deserialize(text);
    local.set(key, { entry, size: Math.max(1, text.length), version: stored });
    return entry;
  }

  return class SharedCacheHandler {
    static status() {
      return status;
    }

    /** Closes the Redis connection (tests; a machine's own exit closes it otherwise). */
    static async close() {
      if (client.isOpen) await client.close().catch(() => {});
    }

    /** @param {string} key @param {any} ctx */
    async get(key, ctx) {
      const softTags = ctx?.softTags ?? [];
      const mine = local.get(key);
      const now = Date.now();
      if (
        mine?.confirmedAt !== undefined &&
        mine.confirmedUnder === invalidations &&
        now - mine.confirmedAt < confirmedForMs
      ) {
        return mine.entry;
      }
      // A hit asks Redis two things at once, in one round trip: whether this machine's copy is
      // still the latest (its version), and what became of the copy's tags. Only when the copy is
      // not the latest does it read the whole entry, then that entry's tags.
      const [version, mineStates] = await Promise.all([
        /** @type {Promise<string | null>} */ (redis(() => client.hGet(versionsKey, key))),
        mine ? tagStates([...mine.entry.tags, ...softTags]) : Promise.resolve([]),
      ]);
      const current = mine && (version === null || version === mine.version);
      const entry = current ? mine.entry : await sharedEntry(key, mine?.entry ?? null);
      if (!entry) return null;
      const states = entry === mine?.entry ? mineStates : await tagStates([...entry.tags, ...softTags]);
      const verdict = judge(entry, states, Date.now());
      const copy = local.get(key);
      // Confirmed only when Redis answered: in an outage every request checks again.
      if (verdict === "fresh" && copy?.entry === entry && client.isReady && !status.degraded) {
        copy.confirmedAt = now;
        copy.confirmedUnder = invalidations;
      }
      if (verdict === "expired") return null;
      // A lastModified of -1 tells Next to serve this once more and rebuild it behind.
      return verdict === "stale" ? { ...entry, lastModified: -1 } : entry;
    }

    /** @param {string} key @param {any} data @param {any} ctx */
    async set(key, data, ctx) {
      if (data === null) {
        local.delete(key);
        await redis(() => Promise.all([client.del(entriesPrefix + key), client.hDel(versionsKey, key)]));
        return;
      }
      const entry = { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx) };
      const version = randomUUID();
      const text = serialize({ ...entry, version });
      local.set(key, { entry, size: Math.max(1, text.length), version });
      const ttl = secondsToKeep(data, ctx);
      await redis(() =>
        Promise.all([
          client.set(entriesPrefix + key, text, { expiration: { type: "EX", value: ttl } }),
          client.hSet(versionsKey, key, version),
          // A build's versions go with its entries: once no machine of that build stores any more
          // (it was replaced), the hash lapses with the longest-lived of them.
          client.expire(versionsKey, DEFAULT_TTL_SECONDS),
        ]),
      );
    }

    /** @param {string | string[]} tags @param {{ expire?: number } | undefined} durations */
    async revalidateTag(tags, durations) {
      const list = typeof tags === "string" ? [tags] : tags;
      if (!list.length) return;
      invalidations += 1;
      const now = Date.now();
      const current = await tagStates(list);
      const updates = Object.fromEntries(
        list.map((tag, index) => [tag, JSON.stringify(nextTagState(current[index], durations, now))]),
      );
      for (const [tag, state] of Object.entries(updates)) localTags.set(tag, JSON.parse(state));
      await redis(() => client.hSet(tagsKey, updates));
    }

    resetRequestCache() {}
  };
}
