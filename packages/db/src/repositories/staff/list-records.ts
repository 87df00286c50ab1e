import type { PrismaDatabase } from "../../client";
import type { DatabaseProvider } from "../../config";
import type { RecordCollection } from "../record-kinds";
import { MAX_PAGE_SIZE } from "../store";
import { LISTINGS, type Listing } from "./listings";

export interface ListOptions {
  search?: string;
  /** Exact matches on the listing's filter columns; others are refused. */
  filters?: Record<string, string>;
  sort?: string;
  direction?: "asc" | "desc";
  page?: number;
  pageSize?: number;
}

/** One row of a staff list: enough to recognise a record and open it. */
export interface RecordSummary {
  id: string;
  title: string;
  detail: string[];
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RecordList {
  items: RecordSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** Refused list options, named so the caller can say which control is wrong. */
export class ListOptionError extends Error {
  override name = "ListOptionError";
  constructor(
    readonly field: "sort" | "filters",
    message: string,
  ) {
    super(message);
  }
}

type Where = Record<string, unknown>;

/** `{ a: { b: leaf } }` for "a.b", `{ a: leaf }` for "a". */
function nest(path: string, leaf: unknown): Where {
  const [head, tail] = path.split(".", 2) as [string, string | undefined];
  return { [head]: tail ? { [tail]: leaf } : leaf };
}

function select(listing: Listing): Where {
  const fields: Where = { id: true, version: true, updatedAt: true, updatedBy: true };
  for (const path of [listing.title, ...listing.detail]) {
    const [head, tail] = path.split(".", 2) as [string, string | undefined];
    if (tail) fields[head] = { select: { ...((fields[head] as { select?: Where })?.select ?? {}), [tail]: true } };
    else fields[head] = true;
  }
  return fields;
}

function read(row: Record<string, unknown>, path: string): string | null {
  const value = path.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], row);
  if (value === null || value === undefined || value === "") return null;
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * A page of one collection for the staff app: searched by words in the listing's text columns
 * (case-insensitive on both databases), filtered, sorted, paginated.
 */
export async function listRecords(
  prisma: PrismaDatabase,
  provider: DatabaseProvider,
  collection: RecordCollection,
  options: ListOptions = {},
): Promise<RecordList> {
  const listing = LISTINGS[collection];
  const sort = options.sort ?? listing.sorts[0] ?? "updatedAt";
  if (!listing.sorts.includes(sort)) {
    throw new ListOptionError("sort", `cannot sort by "${sort}"; choose one of: ${listing.sorts.join(", ")}`);
  }
  const where: Where[] = [];
  for (const [field, value] of Object.entries(options.filters ?? {})) {
    if (!listing.filters.includes(field)) {
      throw new ListOptionError(
        "filters",
        listing.filters.length
          ? `cannot filter by "${field}"; choose one of: ${listing.filters.join(", ")}`
          : `cannot filter by "${field}"; this list has no filters`,
      );
    }
    where.push({ [field]: value });
  }
  const words = (options.search ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    // SQLite's LIKE already ignores ASCII case; PostgreSQL needs to be asked.
    const contains = provider === "postgresql" ? { contains: word, mode: "insensitive" } : { contains: word };
    where.push({ OR: [{ id: contains }, ...listing.search.map((path) => nest(path, contains))] });
  }
  const pageSize = Math.min(Math.max(1, Math.trunc(options.pageSize ?? 25)), MAX_PAGE_SIZE);
  const page = Math.max(1, Math.trunc(options.page ?? 1));
  const direction = options.direction ?? (sort === "updatedAt" || sort === "createdAt" ? "desc" : "asc");
  const delegate = (prisma as unknown as Record<string, PrismaDelegate>)[listing.model];
  if (!delegate) throw new Error(`no Prisma model ${listing.model}`);
  const filter = where.length ? { AND: where } : {};
  const [rows, total] = await Promise.all([
    delegate.findMany({
      where: filter,
      select: select(listing),
      orderBy: [{ [sort]: direction }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    delegate.count({ where: filter }),
  ]);
  return {
    items: rows.map((row) => ({
      id: String(row.id),
      title: read(row, listing.title) ?? String(row.id),
      detail: listing.detail.map((path) => read(row, path)).filter((value): value is string => value !== null),
      version: Number(row.version),
      updatedAt: (row.updatedAt as Date).toISOString(),
      updatedBy: (row.updatedBy as string | null) ?? null,
    })),
    total,
    page,
    pageSize,
  };
}

interface PrismaDelegate {
  findMany(args: Where): Promise<Array<Record<string, unknown>>>;
  count(args: Where): Promise<number>;
}
