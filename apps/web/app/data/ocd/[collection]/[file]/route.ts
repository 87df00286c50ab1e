import { toOcdBill, toOcdOrganization, toOcdPerson, toOcdVoteEvent } from "@legible/core";
import { safeDecode } from "@/lib/feed-urls";
import { downloadResponse, OCD_RECORD_COLLECTIONS, type OcdRecordCollection } from "@/lib/open-data";
import { withCacheTags } from "@/lib/page-tags";
import { notFoundResponse, unlessMissing } from "@/lib/route-responses";
import { getPublicApi } from "@/lib/trpc-server";

// One record as Open Civic Data: /data/ocd/bills/<measure id>.json, /data/ocd/vote-events/<vote id>.json,
// /data/ocd/people/<person id>.json, /data/ocd/organizations/<body id>.json.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

const JSON_TYPE = "application/json; charset=utf-8";

function isCollection(value: string): value is OcdRecordCollection {
  return Object.hasOwn(OCD_RECORD_COLLECTIONS, value);
}

export async function GET(_request: Request, { params }: { params: Promise<{ collection: string; file: string }> }) {
  const { collection, file } = await params;
  const name = safeDecode(file);
  const missing = () => notFoundResponse("No record on Legible has a file at this address.");
  if (!isCollection(collection) || !name.endsWith(".json")) return missing();
  const id = name.slice(0, -".json".length);
  const api = await getPublicApi();
  const found = await unlessMissing(() => api.site.openRecord({ kind: OCD_RECORD_COLLECTIONS[collection], id }));
  if (!found) return missing();

  const body = (() => {
    switch (found.kind) {
      case "measure":
        return toOcdBill({ measure: found.measure, actions: found.actions, sources: found.sources });
      case "vote":
        return toOcdVoteEvent(found.vote, { sources: found.sources });
      case "person":
        return toOcdPerson(found.person, { sources: found.sources });
      case "body":
        return toOcdOrganization(found.body, { sources: found.sources });
    }
  })();
  const response = downloadResponse(`${JSON.stringify(body, null, 2)}\n`, JSON_TYPE, name, "inline");
  return withCacheTags(response, found, { own: { kind: found.kind, id }, shared: ["open-data"] });
}
