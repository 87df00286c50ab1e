import { serveDownload } from "@/lib/open-data-route";

// /data/legible-dataset.json, /data/popolo.json, /data/votes.csv, /data/roll-calls.csv: streamed
// from the files the staff app writes after changes, never kept in Next's page cache.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return serveDownload(request, `/data/${file}`);
}
