import { refuseCrossSite, SeenSignatures, SIGNATURE_HEADER, verifySignedBody, withBodyLimit } from "@legible/api/http";
import { InvalidationSchema, knownTags } from "@legible/core";
import { revalidatePath, revalidateTag } from "next/cache";

export const dynamic = "force-dynamic";

// Signatures accepted in the last five minutes, per machine: each machine is called on its own.
const seen = new SeenSignatures();
const MAX_BODY_BYTES = 256 * 1024;

/**
 * The staff app calls this after a save, a publish or a sync run, signed with the shared secret
 * (packages/api/src/http/signed-invalidation.ts), with the cache tags of what changed: only the
 * pages tagged with them are rebuilt, on their next visit. `{"all": true}` rebuilds every page
 * (an import or a sync that may have touched anything); an empty list rebuilds nothing.
 *
 * `revalidateTag(tag, { expire: 0 })`: the tag expires at once, so the next visit waits for a
 * fresh render and shows the change (Next's "max" would serve the old page once more while it
 * rebuilds in the background, and the change would show only on the visit after).
 */
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.LEGIBLE_REVALIDATE_SECRET;
  // The staff app calls from its server; a browser on another site never may.
  if (!secret || refuseCrossSite(request)) return refused("missing");
  const limited = await withBodyLimit(request, MAX_BODY_BYTES);
  if (limited instanceof Response) return limited;
  const body = await limited.text();
  const check = verifySignedBody(secret, request.headers.get(SIGNATURE_HEADER), body, seen);
  if (!check.ok) return refused(check.reason);

  const parsed = InvalidationSchema.safeParse(parseJson(body));
  if (!parsed.success) {
    return Response.json({ error: 'Send {"tags": [...]} or {"all": true}.' }, { status: 400 });
  }
  const at = new Date().toISOString();
  if (parsed.data.all) {
    revalidatePath("/", "layout");
    return Response.json({ revalidated: "all", ignored: [], at });
  }
  const tags = knownTags(parsed.data.tags);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  const ignored = parsed.data.tags.filter((tag) => !tags.includes(tag));
  return Response.json({ revalidated: tags, ignored, at });
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function refused(reason: string): Response {
  return Response.json({ error: "This address is for the staff app only.", reason }, { status: 401 });
}
