import type { ExplainerWords } from "./words";

/** How a value was worked out, as the API's views give it beside the value; null when reported. */
export type Inferred = { reasoning: string } | null;

/**
 * "(worked out, not reported)" right after a value the source does not give, or "(worked out)"
 * after a number. Phrasing content: it fits inside a sentence, a heading or a table cell.
 */
export function InferredMark({
  inferred,
  kind = "value",
  words,
}: {
  inferred: Inferred;
  kind?: "value" | "number";
  words: Pick<ExplainerWords, "t">;
}) {
  if (!inferred) return null;
  const t = words.t("inferred");
  return <span className="font-normal text-muted"> ({t(kind === "number" ? "numberLabel" : "label")})</span>;
}

/**
 * How the value was worked out, closed until a reader opens it (a native disclosure, so it
 * works without JavaScript and from the keyboard). `subject` names the value when several on
 * one line could be meant ("Did not vote"). A block: place it after the value's line.
 */
export function InferredDetails({
  inferred,
  subject,
  className = "",
  words,
}: {
  inferred: Inferred;
  subject?: string;
  className?: string;
  words: Pick<ExplainerWords, "t">;
}) {
  if (!inferred) return null;
  const t = words.t("inferred");
  return (
    // At least 24px tall and clear of the links around it (WCAG 2.2 target size).
    <details className={`my-1 text-sm font-normal ${className}`}>
      <summary className="min-h-6 w-fit cursor-pointer py-0.5 text-primary underline">
        {t("how")}
        {subject ? <span className="sr-only">: {subject}</span> : null}
      </summary>
      <p className="mt-1 max-w-prose text-ink">{inferred.reasoning}</p>
    </details>
  );
}
