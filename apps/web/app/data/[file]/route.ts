import { serveDownload } from "@/lib/open-data-route";

// /data/legible-dataset.json, /data/popolo.json, /data/votes.csv, /data/roll-calls.csv.
// Made on the first request, then cached for five minutes like the pages.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return serveDownload(`/data/${file}`);
}
