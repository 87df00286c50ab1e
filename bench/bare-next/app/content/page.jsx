import { readFileSync } from "node:fs";
import path from "node:path";

// The explainer's own HTML and stylesheet, saved from the site by bench/site.ts, served by this
// bare app with nothing of the site's: what the same content costs a phone through Next's
// runtime alone. Read per request, because the bench saves them after this app is built.
export const dynamic = "force-dynamic";

export default function ContentPage() {
  const dir = process.env.BARE_CONTENT_DIR ?? "";
  const body = JSON.parse(readFileSync(path.join(dir, "body.json"), "utf8"));
  return (
    <>
      <link rel="stylesheet" href="/content-styles" precedence="default" />
      <div className={body.className} dangerouslySetInnerHTML={{ __html: body.html }} />
    </>
  );
}
