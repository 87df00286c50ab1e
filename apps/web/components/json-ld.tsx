/**
 * Writes structured data for search engines as `<script type="application/ld+json">`. The JSON
 * is escaped so that no value (a headline, a quote) can close the script element: every `<`
 * becomes `\u003c`, which JSON reads back as the same character.
 */
export function JsonLd({ data }: { data: object | null | undefined | false }) {
  if (!data) return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's raw text; serializeJsonLd escapes it.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

/** JSON safe to place inside a `<script>` element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
