"use client";

import { type Block, blockText, type Citation, type Locale } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { FieldErrors } from "@/components/form-kit/field-frame";
import { BlockFields } from "./block-fields";
import { blockAnchor, blockName } from "./block-kinds";
import { CitationPicker } from "./citation-picker";
import { ReadingGrade } from "./reading-grade";

export interface BlockCardProps {
  block: Block;
  position: number;
  count: number;
  locale: Locale;
  measureId: string;
  numbers: ReadonlyMap<string, number>;
  sourceTitles: ReadonlyMap<string, string>;
  errors: Readonly<Record<string, string[]>>;
  onChange: (block: Block) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One block in the editor: its heading and controls, its fields, its reading grade and its sources. */
export function BlockCard(props: BlockCardProps) {
  const { block, position, count, locale, measureId, numbers, sourceTitles, errors, onChange, onMove, onRemove } =
    props;
  const name = blockName(block, position);
  const headingId = `${block.id}-heading`;
  const gradeId = `${block.id}-grade`;
  const ownErrors = errors[""];
  return (
    <section
      id={blockAnchor(block.id)}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-card border border-line bg-paper p-4 focus:outline-4 focus:outline-focus"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-xl font-bold">
          {name}
        </h3>
        <div className="flex flex-wrap gap-2">
          <button
            id={`${block.id}-move-up`}
            type="button"
            className={buttonClass("secondary")}
            disabled={position === 0}
            onClick={() => onMove(-1)}
          >
            Move up <span className="sr-only">{name}</span>
          </button>
          <button
            id={`${block.id}-move-down`}
            type="button"
            className={buttonClass("secondary")}
            disabled={position === count - 1}
            onClick={() => onMove(1)}
          >
            Move down <span className="sr-only">{name}</span>
          </button>
          <button type="button" className={buttonClass("danger")} onClick={onRemove}>
            Remove <span className="sr-only">{name}</span>
          </button>
        </div>
      </div>
      <FieldErrors id={`${block.id}-error`} messages={ownErrors} />
      <BlockFields
        block={block}
        locale={locale}
        measureId={measureId}
        onChange={onChange}
        errors={errors}
        gradeId={gradeId}
      />
      {block.kind === "glossary" ? null : <ReadingGrade id={gradeId} text={blockText(block)} locale={locale} />}
      <CitationPicker
        blockId={block.id}
        blockName={name}
        citations={block.citations}
        onChange={(citations: Citation[]) => onChange({ ...block, citations })}
        numbers={numbers}
        titles={sourceTitles}
        errors={errors}
      />
    </section>
  );
}
