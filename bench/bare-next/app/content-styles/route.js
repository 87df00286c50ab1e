import { readFileSync } from "node:fs";
import path from "node:path";

// The explainer's stylesheet for the content page, as its own request, as on the site.
export const dynamic = "force-dynamic";

export function GET() {
  const css = readFileSync(path.join(process.env.BARE_CONTENT_DIR ?? "", "styles.css"), "utf8");
  return new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
}
