"use client";

import type { Block, Locale } from "@legible/core";
import { TextAreaField } from "@/components/form-kit/text-field";
import { ListItemsFields } from "./list-items-fields";
import { StatementChooser } from "./statement-chooser";

export interface BlockFieldsProps<B extends Block = Block> {
  block: B;
  locale: Locale;
  measureId: string;
  onChange: (block: B) => void;
  /** Save errors by path below the block (`text`, `items.0.answer`). */
  errors: Readonly<Record<string, string[]>>;
  /** The id of the block's reading grade, which describes its main text. */
  gradeId: string;
}

const GLOSSARY_HINT = "Mark a glossary word as [[term]] or [[term|words shown]].";

/** The fields of one block, by its kind. */
export function BlockFields({ block, locale, measureId, onChange, errors, gradeId }: BlockFieldsProps) {
  const hintId = `${block.id}-hint`;
  switch (block.kind) {
    case "questions":
      return (
        <ListItemsFields
          blockId={block.id}
          locale={locale}
          items={block.items.map((item) => ({ first: item.question, second: item.answer }))}
          onChange={(items) =>
            onChange({ ...block, items: items.map((item) => ({ question: item.first, answer: item.second })) })
          }
          errors={errors}
          listKey="items"
          keys={["question", "answer"]}
          itemName="Question"
          labels={["Question", "Answer"]}
          describedBy={[gradeId]}
        />
      );
    case "glossary":
      return (
        <ListItemsFields
          blockId={block.id}
          locale={locale}
          items={block.entries.map((entry) => ({ first: entry.term, second: entry.definition }))}
          onChange={(items) =>
            onChange({ ...block, entries: items.map((item) => ({ term: item.first, definition: item.second })) })
          }
          errors={errors}
          listKey="entries"
          keys={["term", "definition"]}
          itemName="Term"
          labels={["Term", "Definition"]}
          describedBy={[]}
        />
      );
    case "perspectives":
      return (
        <>
          <p id={hintId} className="mt-2 text-sm text-muted">
            Optional framing text. {GLOSSARY_HINT}
          </p>
          <TextAreaField
            id={`${block.id}-text`}
            label="Framing text (optional)"
            value={block.text ?? ""}
            lang={locale}
            onChange={(text) => {
              const { text: _old, ...rest } = block;
              onChange(text === "" ? rest : { ...rest, text });
            }}
            errors={errors.text}
            describedBy={[hintId, gradeId]}
          />
          <StatementChooser
            blockId={block.id}
            measureId={measureId}
            selected={block.statementIds}
            onChange={(statementIds) => onChange({ ...block, statementIds })}
          />
        </>
      );
    default:
      return (
        <>
          <p id={hintId} className="mt-2 text-sm text-muted">
            Short sentences and common words. One paragraph per line. {GLOSSARY_HINT}
          </p>
          <TextAreaField
            id={`${block.id}-text`}
            label="Text"
            value={block.text}
            lang={locale}
            required
            onChange={(text) => onChange({ ...block, text })}
            errors={errors.text}
            describedBy={[hintId, gradeId]}
            rows={5}
          />
        </>
      );
  }
}
