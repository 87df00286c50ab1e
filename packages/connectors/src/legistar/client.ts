import { parseWith } from "@legible/core";
import type { z } from "zod";

// A polite reader of the Legistar Web API (https://webapi.legistar.com/v1/{client}/…): OData
// paging ($top/$skip, at most 1000 rows a page), incremental reads ($filter on a row's
// last-modified time), a request rate, and bounded retries with exponential backoff and jitter
// on 429 (Retry-After honoured), 5xx, timeouts and dropped connections. Any other failure (an
// answer that is not JSON, a 4xx, a list whose rows all changed shape) is a
// LegistarRequestError naming the request (method and address, never the token) and the reason.

export const LEGISTAR_API = "https://webapi.legistar.com/v1";

/** The most rows Legistar gives in one page. */
export const LEGISTAR_PAGE_CAP = 1000;

export interface LegistarClientOptions {
  /** The Legistar client, as in the API's path: `chicago`, `seattle`. */
  client: string;
  /** The API's base address. Default https://webapi.legistar.com/v1. */
  baseUrl?: string;
  /** The client's API token, when it needs one; sent as `token=…`, never logged. */
  token?: string;
  /** Requests started per second, at most. Default 4. */
  requestsPerSecond?: number;
  /** How long one request may take before it is abandoned and tried again. Default 30 s. */
  timeoutMs?: number;
  /** Tries per request, the first included. Default 5. */
  maxTries?: number;
  /** The first retry's wait before jitter; each further retry doubles it. Default 1 s. */
  backoffMs?: number;
  /** The longest wait between tries, Retry-After included; a longer Retry-After fails the request. Default 60 s. */
  maxWaitMs?: number;
  /** Rows asked for per page. Default 1000, Legistar's cap. */
  pageSize?: number;
  /** For tests: the random source of the jitter (0 ≤ x < 1). */
  random?: () => number;
  /** Called after each answer, retries included. */
  onRequest?: (request: LegistarRequestLog) => void;
}

/** One request made, for the run report. */
export interface LegistarRequestLog {
  method: "GET";
  /** The address without the token. */
  url: string;
  /** The HTTP status, or the failure (`timeout`, `network`). */
  status: number | "timeout" | "network";
  try: number;
  ms: number;
}

/** A request that failed for good: which one, and why. */
export class LegistarRequestError extends Error {
  constructor(
    readonly method: string,
    /** The address without the token. */
    readonly url: string,
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`${method} ${url} failed: ${reason}`);
    this.name = "LegistarRequestError";
  }
}

/** An incremental read: rows whose `field` is later than `after` (`2024-01-01T00:00:00`). */
export interface LastModifiedFilter {
  field: string;
  after: string;
}

export interface ListOptions<S extends z.ZodType> {
  /** Each row's schema: a page where no row fits is a change of shape, and an error. */
  schema?: S;
  since?: LastModifiedFilter;
  /** OData `$orderby`, such as `MatterLastModifiedUtc,MatterId`, so pages do not shift under us. */
  orderBy?: string;
  /** OData `$select`, such as `MatterId`: only these fields of each row (a cheap list of ids). */
  select?: string;
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

/** A Legistar datetime literal for `$filter`: `2024-01-01T00:00:00.123`, no zone (Legistar's UTC fields carry none). */
export function legistarDateTime(value: string): string {
  const parsed = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(parsed)) throw new Error(`"${value}" is not a date-time`);
  return new Date(parsed).toISOString().replace(/Z$/, "");
}

export class LegistarClient {
  readonly client: string;
  readonly baseUrl: string;
  /** Requests made so far, retries included. */
  requests = 0;
  /** Of those, how many were retries. */
  retries = 0;
  readonly #options: Required<Omit<LegistarClientOptions, "token" | "onRequest" | "baseUrl" | "client">>;
  readonly #token: string | undefined;
  readonly #onRequest: ((request: LegistarRequestLog) => void) | undefined;
  #nextSlot = 0;

  constructor(options: LegistarClientOptions) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(options.client)) {
      throw new Error(`"${options.client}" is not a Legistar client name (letters, digits, . _ -)`);
    }
    this.client = options.client;
    this.baseUrl = (options.baseUrl ?? LEGISTAR_API).replace(/\/+$/, "");
    this.#token = options.token || undefined;
    this.#onRequest = options.onRequest;
    this.#options = {
      requestsPerSecond: options.requestsPerSecond ?? 4,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxTries: Math.max(1, options.maxTries ?? 5),
      backoffMs: options.backoffMs ?? 1_000,
      maxWaitMs: options.maxWaitMs ?? 60_000,
      pageSize: Math.min(LEGISTAR_PAGE_CAP, Math.max(1, options.pageSize ?? LEGISTAR_PAGE_CAP)),
      random: options.random ?? Math.random,
    };
  }

  /** The address of `path` (`matters/12/histories`) with `query`, and the same without the token, for messages. */
  address(path: string, query: Record<string, string> = {}): { url: string; shown: string } {
    // OData's `$` names stay readable (`$top=1000`); values are encoded.
    const pairs = Object.entries(query).map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
    const shown = `${this.baseUrl}/${this.client}/${path.replace(/^\/+/, "")}${pairs.length ? `?${pairs.join("&")}` : ""}`;
    if (!this.#token) return { url: shown, shown };
    return { url: `${shown}${pairs.length ? "&" : "?"}token=${encodeURIComponent(this.#token)}`, shown };
  }

  /** One GET of `path`, parsed as JSON, with retries. */
  async get(path: string, query: Record<string, string> = {}): Promise<unknown> {
    const { url, shown } = this.address(path, query);
    for (let attempt = 1; ; attempt++) {
      await this.#slot();
      const started = Date.now();
      this.requests++;
      if (attempt > 1) this.retries++;
      let status: number;
      let body: string;
      let headers: Headers;
      try {
        // The timeout covers the whole answer, body included.
        const response = await fetch(url, {
          headers: { accept: "application/json" },
          signal: AbortSignal.timeout(this.#options.timeoutMs),
        });
        body = await response.text();
        status = response.status;
        headers = response.headers;
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
        this.#log(shown, timedOut ? "timeout" : "network", attempt, started);
        const reason = timedOut
          ? `no answer within ${this.#options.timeoutMs} ms`
          : `the connection failed (${describeError(error)})`;
        await this.#retryOrFail(attempt, shown, reason, undefined);
        continue;
      }
      this.#log(shown, status, attempt, started);
      if (RETRYABLE.has(status)) {
        await this.#retryOrFail(
          attempt,
          shown,
          `HTTP ${status}${body ? `: ${snippet(body)}` : ""}`,
          status,
          retryAfterMs(headers.get("retry-after")),
        );
        continue;
      }
      if (status < 200 || status >= 300) {
        throw new LegistarRequestError("GET", shown, `HTTP ${status}: ${snippet(body)}`, status);
      }
      try {
        return JSON.parse(body);
      } catch {
        const type = headers.get("content-type") ?? "no content type";
        throw new LegistarRequestError("GET", shown, `the answer is not JSON (${type}): ${snippet(body)}`, status);
      }
    }
  }

  /** A list (`matters/12/histories`) in one request, checked to be a list of rows of `schema`'s shape. */
  async getList<S extends z.ZodType>(path: string, schema?: S): Promise<unknown[]> {
    const { shown } = this.address(path);
    return this.#checkRows(await this.get(path), shown, schema);
  }

  /**
   * Every row of a top-level list, page by page (`$top`, `$skip`), as pages. Stops at an empty
   * page, or at a page shorter than both the rows asked for and the longest page seen (so a server
   * that caps pages below `$top` is still read to the end).
   */
  async *pages<S extends z.ZodType>(path: string, options: ListOptions<S> = {}): AsyncGenerator<unknown[]> {
    const top = this.#options.pageSize;
    let skip = 0;
    let longest = 0;
    for (;;) {
      const query: Record<string, string> = { $top: String(top), $skip: String(skip) };
      if (options.since) {
        query.$filter = `${options.since.field} gt datetime'${legistarDateTime(options.since.after)}'`;
      }
      if (options.orderBy) query.$orderby = options.orderBy;
      if (options.select) query.$select = options.select;
      const { shown } = this.address(path, query);
      const rows = this.#checkRows(await this.get(path, query), shown, options.schema);
      if (rows.length === 0) return;
      yield rows;
      skip += rows.length;
      if (rows.length < top && rows.length < longest) return;
      longest = Math.max(longest, rows.length);
    }
  }

  /** Every row of a top-level list. */
  async list<S extends z.ZodType>(path: string, options: ListOptions<S> = {}): Promise<unknown[]> {
    const rows: unknown[] = [];
    for await (const page of this.pages(path, options)) rows.push(...page);
    return rows;
  }

  #checkRows(answer: unknown, shown: string, schema: z.ZodType | undefined): unknown[] {
    if (!Array.isArray(answer)) {
      throw new LegistarRequestError("GET", shown, `the answer is not a list of rows but ${kindOf(answer)}`);
    }
    if (schema && answer.length > 0) {
      const results = answer.map((row) => parseWith(schema, row));
      const good = results.filter((r) => r.ok).length;
      if (good === 0) {
        const first = results.find((r) => !r.ok);
        const issue = first && !first.ok ? first.issues[0] : undefined;
        throw new LegistarRequestError(
          "GET",
          shown,
          `the answer changed shape: none of its ${answer.length} rows has the expected fields (${issue?.path || "row"} ${issue?.message ?? "is wrong"})`,
        );
      }
    }
    return answer;
  }

  async #retryOrFail(
    attempt: number,
    shown: string,
    reason: string,
    status: number | undefined,
    retryAfter?: number,
  ): Promise<void> {
    if (attempt >= this.#options.maxTries) {
      throw new LegistarRequestError("GET", shown, `${reason} (after ${attempt} tries)`, status);
    }
    if (retryAfter !== undefined && retryAfter > this.#options.maxWaitMs) {
      throw new LegistarRequestError(
        "GET",
        shown,
        `${reason}; the server asks to wait ${Math.round(retryAfter / 1000)} s, longer than ${Math.round(this.#options.maxWaitMs / 1000)} s`,
        status,
      );
    }
    const backoff = Math.min(this.#options.maxWaitMs, this.#options.backoffMs * 2 ** (attempt - 1));
    // "Equal jitter": half the backoff, plus a random part of the other half.
    const jittered = backoff / 2 + this.#options.random() * (backoff / 2);
    await sleep(Math.max(retryAfter ?? 0, jittered));
  }

  /** Waits for the next request slot, so requests start at most `requestsPerSecond` a second. */
  async #slot(): Promise<void> {
    const interval = 1000 / this.#options.requestsPerSecond;
    const now = Date.now();
    const at = Math.max(now, this.#nextSlot);
    this.#nextSlot = at + interval;
    if (at > now) await sleep(at - now);
  }

  #log(url: string, status: LegistarRequestLog["status"], attempt: number, started: number): void {
    this.#onRequest?.({ method: "GET", url, status, try: attempt, ms: Date.now() - started });
  }
}

/** Retry-After in milliseconds: seconds or an HTTP date. */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `"${flat.slice(0, 119)}…"` : `"${flat}"`;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
