import {
  type ExplainerWords,
  type Inferred,
  InferredDetails as SharedDetails,
  InferredMark as SharedMark,
  type Translate,
} from "@legible/ui/explainer";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type { Inferred };

/** The marks' words from this page's catalogue (common.inferred, which packages/ui provides). */
function useInferredWords(): Pick<ExplainerWords, "t"> {
  const t = useTranslations("common.inferred");
  return { t: () => t as unknown as Translate };
}

/** "(worked out, not reported)" after a value the source does not give: packages/ui's mark, in this page's language. */
export function InferredMark(props: { inferred: Inferred; kind?: "value" | "number" }) {
  return <SharedMark {...props} words={useInferredWords()} />;
}

/** How the value was worked out, as a native disclosure: packages/ui's, in this page's language. */
export function InferredDetails(props: { inferred: Inferred; subject?: string; className?: string }) {
  return <SharedDetails {...props} words={useInferredWords()} />;
}

/** A value with its mark and, below it, how it was worked out: for places that hold blocks (cells, list items). */
export function InferredValue({
  children,
  inferred,
  kind,
  subject,
}: {
  children: ReactNode;
  inferred: Inferred;
  kind?: "value" | "number";
  subject?: string;
}) {
  return (
    <>
      {children}
      <InferredMark inferred={inferred} kind={kind} />
      <InferredDetails inferred={inferred} subject={subject} className="mt-1" />
    </>
  );
}
