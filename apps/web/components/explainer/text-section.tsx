import { Citations } from "./citations";
import { RichParagraphs } from "./rich-text";
import { ExplainerSection } from "./section";
import type { TextBlockView } from "./types";

/** A section of plain-language text with its sources: what it does, who it affects... */
export function TextSection({ id, title, block }: { id: string; title: string; block: TextBlockView | null }) {
  if (!block) return null;
  return (
    <ExplainerSection id={id} title={title}>
      <RichParagraphs paragraphs={block.paragraphs} />
      <Citations citations={block.citations} />
    </ExplainerSection>
  );
}
