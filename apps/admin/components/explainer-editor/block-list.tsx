"use client";

import { BLOCK_KINDS, type Block, type BlockKind, type Locale } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { useEffect, useId, useState } from "react";
import { BlockCard } from "./block-card";
import { BLOCK_KIND_LABELS, blockAnchor, blockName, newBlock } from "./block-kinds";
import { indexAfterRemoval, moveItem, removeItem } from "./block-order";

/** Where focus goes after the list changes: a control of a block, its first field, or the add control. */
type FocusTarget = { id: string } | null;

interface BlockListProps {
  blocks: readonly Block[];
  locale: Locale;
  measureId: string;
  sourceTitles: ReadonlyMap<string, string>;
  /** Source numbers as the public page gives them (its preview's view), by source id. */
  numbers: ReadonlyMap<string, number>;
  errors: Readonly<Record<string, Record<string, string[]>>>;
  onChange: (blocks: Block[]) => void;
}

/** The explainer's blocks in editing order, with keyboard controls to add, move and remove them. */
export function BlockList({ blocks, locale, measureId, sourceTitles, numbers, errors, onChange }: BlockListProps) {
  const addId = useId();
  const [kind, setKind] = useState<BlockKind>("summary");
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget.id)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const move = (index: number, offset: -1 | 1) => {
    const block = blocks[index];
    if (!block) return;
    const next = moveItem(blocks, index, offset);
    const target = index + offset;
    onChange(next);
    // Keep focus on the control used; at either end that control is disabled, so use the other one.
    const control =
      offset === -1 ? (target === 0 ? "move-down" : "move-up") : target === next.length - 1 ? "move-up" : "move-down";
    setFocusTarget({ id: `${block.id}-${control}` });
    setAnnouncement(`Moved ${BLOCK_KIND_LABELS[block.kind]} to position ${target + 1} of ${next.length}.`);
  };

  const remove = (index: number) => {
    const block = blocks[index];
    if (!block) return;
    const next = removeItem(blocks, index);
    const focusIndex = indexAfterRemoval(index, blocks.length);
    const focusBlock = next[focusIndex];
    onChange(next);
    setFocusTarget({ id: focusBlock ? blockAnchor(focusBlock.id) : addId });
    setAnnouncement(`Removed ${blockName(block, index)}.`);
  };

  const add = () => {
    const block = newBlock(
      kind,
      blocks.map((existing) => existing.id),
    );
    onChange([...blocks, block]);
    setFocusTarget({ id: blockAnchor(block.id) });
    setAnnouncement(`Added ${blockName(block, blocks.length)}.`);
  };

  return (
    <section aria-labelledby="blocks-heading" className="mt-6">
      <h2 id="blocks-heading" className="font-serif text-2xl font-bold">
        Blocks
      </h2>
      <p className="mt-1 text-muted">
        The public page shows blocks by kind in a fixed order; the order here sets the order of blocks of the same kind.
      </p>
      {blocks.length === 0 ? (
        <p className="mt-3 rounded-card border border-line bg-paper p-4">
          This explainer has no blocks yet. Start with a summary: add one below.
        </p>
      ) : null}
      <ol className="mt-3 space-y-4">
        {blocks.map((block, index) => (
          <li key={block.id}>
            <BlockCard
              block={block}
              position={index}
              count={blocks.length}
              locale={locale}
              measureId={measureId}
              numbers={numbers}
              sourceTitles={sourceTitles}
              errors={errors[block.id] ?? {}}
              onChange={(changed) =>
                onChange(blocks.map((existing) => (existing.id === block.id ? changed : existing)))
              }
              onMove={(offset) => move(index, offset)}
              onRemove={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      <div className="mt-4 flex flex-wrap items-end gap-2 rounded-card border border-dashed border-muted p-3">
        <div>
          <label htmlFor={addId} className="block font-bold">
            Kind of block to add
          </label>
          <select
            id={addId}
            value={kind}
            onChange={(event) => setKind(event.target.value as BlockKind)}
            className="mt-1 min-h-11 rounded border border-muted bg-paper px-2"
          >
            {BLOCK_KINDS.map((option) => (
              <option key={option} value={option}>
                {BLOCK_KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={buttonClass("primary")} onClick={add}>
          Add block
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
