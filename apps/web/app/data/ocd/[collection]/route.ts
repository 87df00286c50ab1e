import { serveDownload } from "@/lib/open-data-route";

// /data/ocd/bills.json, vote-events.json, people.json, organizations.json, events.json: Open Civic Data.
// (The segment is named like its sibling [collection]/[file], which serves one record of a collection.)
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ collection: string }> }) {
  const { collection } = await params;
  return serveDownload(`/data/ocd/${collection}`);
}
