import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runImportJob } from "@legible/connectors";
import { createRepositories, type Repositories } from "@legible/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@legible/db/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffSession } from "../context";
import { receiveImportUpload } from "./import-upload";

// The upload route's checks and its hand-over, on a real database and a real folder: a file is
// streamed to disk, a job is queued for it and (here, at once) run; refusals come with plain
// words and leave nothing behind.

const URL_ = "http://localhost:3001/api/imports?format=legible-dataset&name=people.json";
const admin: StaffSession = { userId: "u-1", name: "Ana Admin", email: "ana@example.org", role: "admin" };
const editor: StaffSession = { userId: "u-2", name: "Eli Editor", email: "eli@example.org", role: "editor" };

const dataset = JSON.stringify({
  format: "legible-dataset",
  version: 1,
  jurisdictions: [],
  sources: [],
  bodies: [],
  posts: [],
  people: [{ id: "person-uploaded-una", name: "Una Upload", sourceIds: [] }],
  memberships: [],
  measures: [],
  actions: [],
  voteEvents: [],
  statements: [],
  explainers: [],
});

/** A body the way a browser streams a file: in chunks, with no declared length. */
function streamed(text: string, chunk = 64): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else {
        controller.enqueue(bytes.slice(at, at + chunk));
        at += chunk;
      }
    },
  });
}

function post(body: BodyInit | null, headers: Record<string, string> = {}, url = URL_): Request {
  return new Request(url, {
    method: "POST",
    headers: { origin: "http://localhost:3001", "sec-fetch-site": "same-origin", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

describe.each(testProviders())("the import upload on %s", (provider) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let uploads: string;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repositories = createRepositories(database);
    uploads = await mkdtemp(join(tmpdir(), "legible-uploads-"));
  });
  afterAll(async () => {
    await database?.drop();
    if (uploads) await rm(uploads, { recursive: true, force: true });
  });

  const receive = (request: Request, staff: StaffSession | null = admin, maxBytes = 10_000) =>
    receiveImportUpload(request, {
      staff: async () => staff,
      createJob: (job) => repositories.importJobs.create(job),
      enqueue: async (jobId) => {
        await runImportJob(jobId, { repositories });
      },
      uploadsDir: uploads,
      maxBytes,
    });

  it("streams the file to disk, queues a job for it, and the job imports it", async () => {
    const response = await receive(post(streamed(dataset)));
    expect(response.status).toBe(202);
    const { jobId, bytes } = (await response.json()) as { jobId: string; bytes: number };
    expect(bytes).toBe(new TextEncoder().encode(dataset).length);
    const job = await repositories.importJobs.get(jobId);
    expect(job).toMatchObject({
      status: "succeeded",
      format: "legible-dataset",
      fileName: "people.json",
      requestedBy: "ana@example.org",
      fileBytes: bytes,
    });
    expect(await repositories.people.get("person-uploaded-una")).toMatchObject({ name: "Una Upload" });
    // The job is done with the file, so it is gone.
    expect(await readdir(uploads)).toEqual([]);
  });

  it("refuses anyone not signed in, with 401", async () => {
    const response = await receive(post(dataset), null);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to import files." });
  });

  it("refuses staff whose role may not import, with 403", async () => {
    const response = await receive(post(dataset), editor);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "Only admins may import files. Ask an admin to import this one." });
  });

  it("refuses a request from another website, with 403, before reading who sent it", async () => {
    let asked = false;
    const response = await receiveImportUpload(
      post(dataset, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
      {
        staff: async () => {
          asked = true;
          return admin;
        },
        createJob: (job) => repositories.importJobs.create(job),
        enqueue: async () => {},
        uploadsDir: uploads,
      },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "This request came from another website, so it was refused." });
    expect(asked).toBe(false);
  });

  it("refuses a file over the bound with 413, whether it said its length or not, and keeps nothing", async () => {
    const big = "x".repeat(20_000);
    const declared = await receive(post(big, { "content-length": String(big.length) }));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      error: "This file is larger than 10 KB, the most Legible imports at once. Split it into smaller files.",
    });
    const undeclared = await receive(post(streamed(big, 1024)));
    expect(undeclared.status).toBe(413);
    expect(await readdir(uploads)).toEqual([]);
    // The default bound is 2 GB.
    const huge = await receiveImportUpload(post("{}", { "content-length": String(3 * 1024 ** 3) }), {
      staff: async () => admin,
      createJob: (job) => repositories.importJobs.create(job),
      enqueue: async () => {},
      uploadsDir: uploads,
    });
    expect(await huge.json()).toEqual({
      error: "This file is larger than 2 GB, the most Legible imports at once. Split it into smaller files.",
    });
  });

  it("names the query field that is wrong, and refuses an empty file", async () => {
    const noFormat = await receive(post(dataset, {}, "http://localhost:3001/api/imports?format=csv&name=a.json"));
    expect(noFormat.status).toBe(400);
    expect(((await noFormat.json()) as { error: string }).error).toMatch(/^format: choose one of legible-dataset/);
    const noName = await receive(post(dataset, {}, "http://localhost:3001/api/imports?format=popolo"));
    expect(await noName.json()).toEqual({ error: "name: give the file's name" });
    const empty = await receive(post(""));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: "The file is empty." });
  });
});
