import { serveDownload } from "@/lib/open-data-route";

// /data/ocd/bills.json, vote-events.json, people.json, organizations.json, events.json: Open Civic
// Data, streamed from the files the staff app writes after changes.
// (The segment is named like its sibling [collection]/[file], which serves one record of a collection.)
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ collection: string }> }) {
  const { collection } = await params;
  return serveDownload(request, `/data/ocd/${collection}`);
}
