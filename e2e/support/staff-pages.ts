import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type PlaywrightWorkerArgs } from "@playwright/test";
import { storageStateOf } from "./staff";

// The staff app's pages, read from its own files (every page.tsx under app/) with each [param]
// filled from the seed story, so a page added to the app is walked the day it is added: by the
// authorization walk (security/authorization.spec.ts) and the axe walk (admin/axe-every-page.spec.ts).

const root = path.resolve(import.meta.dirname, "..", "..");
const appDir = path.join(root, "apps", "admin", "app");
const seed = JSON.parse(readFileSync(path.join(root, "prisma", "seed", "seed-story.json"), "utf8")) as Record<
  string,
  unknown
>;

/** The staff app's pages: every page.tsx under app/, as route patterns (`/[collection]/[id]`). */
export function pageFiles(dir = appDir): { route: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    if (entry.name !== "page.tsx") return [];
    const segments = path
      .relative(appDir, dir)
      .split(path.sep)
      .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
    return [{ route: `/${segments.join("/")}`, file: full }];
  });
}

/** The record collections the `[collection]` screens serve, from the staff app's own registry files. */
export function collections(): { slug: string; router: string }[] {
  const folder = path.join(root, "apps", "admin", "lib", "records", "collections");
  return readdirSync(folder).flatMap((name) => {
    const source = readFileSync(path.join(folder, name), "utf8");
    const slug = /\bslug: "([^"]+)"/.exec(source)?.[1];
    const router = /\brouter: "([^"]+)"/.exec(source)?.[1];
    return slug && router ? [{ slug, router }] : [];
  });
}

/**
 * Records of kinds the seed story has none of (it reports no meeting), made before a walk so
 * every record page can be opened.
 */
const MADE_HERE: Record<string, { router: string; record: Record<string, unknown> }> = {
  meetings: {
    router: "meetings",
    record: {
      id: "authorization-check-meeting",
      bodyId: "body-la-city-council",
      name: "Authorization check meeting",
      start: "2030-01-15T18:00:00Z",
      timeZone: "America/Los_Angeles",
      status: "scheduled",
      agenda: [],
      documents: [],
      media: [],
      sourceIds: [],
    },
  },
};

function firstSeedId(key: string): string {
  const records = seed[key] as { id: string }[] | undefined;
  const id = records?.[0]?.id ?? (MADE_HERE[key]?.record.id as string | undefined);
  if (!id) throw new Error(`no seed record in ${key}; add one to MADE_HERE`);
  return id;
}

/** Makes, as the admin, the records the seed lacks; call it in a walk's beforeAll. */
export async function makeMissingRecords({ playwright }: Pick<PlaywrightWorkerArgs, "playwright">, baseURL?: string) {
  const admin = await playwright.request.newContext({ baseURL, storageState: storageStateOf("admin") });
  for (const { router, record } of Object.values(MADE_HERE)) {
    const found = await admin.get(
      `/api/trpc/${router}.get?input=${encodeURIComponent(JSON.stringify({ id: record.id }))}`,
    );
    if (found.status() === 200) continue;
    const made = await admin.post(`/api/trpc/${router}.create`, { data: record });
    // Another worker may have made it first.
    expect([200, 409], await made.text()).toContain(made.status());
  }
  await admin.dispose();
}

export interface StaffPage {
  /** The address to open. */
  url: string;
  /** The page file it comes from. */
  route: string;
  adminOnly: boolean;
}

/** Every page with its [param] segments turned into real seed values. */
export function staffPages(): StaffPage[] {
  const seedCollections = collections();
  return pageFiles().flatMap(({ route, file }) => {
    const adminOnly = /requireStaff\(\s*\[\s*"admin"\s*\]\s*\)/.test(readFileSync(file, "utf8"));
    // Each [collection] becomes every collection; [id] becomes a seed record of that collection.
    let addresses: { segments: string[]; router?: string }[] = [{ segments: [] }];
    for (const part of route.split("/").filter(Boolean)) {
      addresses = addresses.flatMap(({ segments, router }) => {
        if (part === "[collection]")
          return seedCollections.map((c) => ({ segments: [...segments, c.slug], router: c.router }));
        if (part === "[id]") {
          const key = segments[segments.length - 1] === "explainers" ? "explainers" : (router ?? "");
          return [{ segments: [...segments, encodeURIComponent(firstSeedId(key))], router }];
        }
        if (/^\[.*\]$/.test(part)) {
          throw new Error(`${route}: no seed value for ${part}; teach e2e/support/staff-pages.ts what to put there`);
        }
        return [{ segments: [...segments, part], router }];
      });
    }
    return addresses.map(({ segments }) => ({ url: `/${segments.join("/")}`, route, adminOnly }));
  });
}
