import { Citations } from "./citations";
import { RichParagraphs } from "./rich-text";
import { ExplainerSection } from "./section";
import type { TextBlockView } from "./types";
import type { ExplainerWords } from "./words";

/** A section of plain-language text with its sources: what it does, who it affects... */
export function TextSection({
  words,
  id,
  title,
  block,
}: {
  words: ExplainerWords;
  id: string;
  title: string;
  block: TextBlockView | null;
}) {
  if (!block) return null;
  return (
    <ExplainerSection id={id} title={title}>
      <RichParagraphs paragraphs={block.paragraphs} />
      <Citations words={words} citations={block.citations} />
    </ExplainerSection>
  );
}
