import { glossaryRuns, paragraphsOf } from "./glossary-parts";

/** Block text as residents see it: paragraphs, with glossary terms underlined as on the public page. */
export function PreviewParagraphs({ text, className = "mt-3" }: { text: string; className?: string }) {
  return (
    <>
      {paragraphsOf(text).map((paragraph, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a preview re-renders whole on every edit.
        <p key={index} className={className}>
          {glossaryRuns(paragraph).map((run, runIndex) =>
            run.term ? (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: runs of one paragraph never move.
                key={runIndex}
                className="underline decoration-primary decoration-dotted decoration-2 underline-offset-4"
              >
                {run.text}
              </span>
            ) : (
              run.text
            ),
          )}
        </p>
      ))}
    </>
  );
}
