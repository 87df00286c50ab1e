// Types of shared-cache-handler.mjs (JavaScript, because Node loads it by path at run time).

export interface SharedCacheStatus {
  mode: "redis" | "local";
  degraded: boolean;
  reason: string | null;
}

export interface SharedCacheEntry {
  // biome-ignore lint/suspicious/noExplicitAny: Next's cache values are its own internal shapes.
  value: any;
  lastModified: number;
  tags: string[];
}

export interface SharedCacheHandlerClass {
  new (
    context: unknown,
  ): {
    get(key: string, ctx: unknown): Promise<SharedCacheEntry | null>;
    set(key: string, data: unknown, ctx: unknown): Promise<void>;
    revalidateTag(tags: string | string[], durations: { expire?: number } | undefined): Promise<void>;
    resetRequestCache(): void;
  };
  status(): SharedCacheStatus;
  close(): Promise<void>;
}

export function createSharedCacheHandler(options: {
  url: string;
  prefix?: string;
  /** Which build the machine serves (cache-handler.mjs: turbo's hash of its sources): pages and data are kept per build, tag invalidations shared by all. */
  build?: string;
  /** How long a copy Redis confirmed is served without asking again (default 250 ms; 0 in tests of sharing). */
  confirmedForMs?: number;
  onStatus?: (status: SharedCacheStatus) => void;
}): SharedCacheHandlerClass;

export function serialize(entry: SharedCacheEntry): string;
export function deserialize(text: string): SharedCacheEntry;
