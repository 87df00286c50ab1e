"use client";

import { buttonClass } from "@legible/ui/button";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { fieldIds, GroupFrame } from "@/components/form-kit/field-frame";
import { linkClass } from "@/components/form-kit/styles";
import { moveRow } from "@/lib/records/meetings";

type Focus = { index: number; control: "first" | "up" | "down" } | "add" | null;

/** A row's React key: its own `key` while rows move, else its place (rows that never move). */
const keyOfRow = (row: object, index: number) => ("key" in row ? String(row.key) : String(index));

/**
 * The frame every list editor shares: a legend and hint, the list's own problems, its items in
 * order, and buttons to add, remove and move items. Moving works by keyboard and pointer alike
 * (the Move up and Move down buttons); focus stays on the moved item's button, and the move is
 * announced ("Text section 2 moved to position 1 of 4."). A new item takes focus to its first
 * control; a removed one sends focus to the item before it, or to the add button.
 */
export function ListEditor<Row extends object>({
  name,
  label,
  hint,
  itemLabel,
  rows,
  reorderable = true,
  focusPart,
  listErrors,
  emptyText,
  addLabel,
  newRow,
  onChange,
  onBlur,
  renderItem,
}: {
  name: string;
  label: string;
  hint?: string | undefined;
  /** An item by its place: "Sponsor" → "Sponsor 2". */
  itemLabel: string;
  rows: readonly Row[];
  /** Whether the order means something (text sections, agenda items) and items move. */
  reorderable?: boolean;
  /** The part a new item's focus goes to (`text` is `field-agenda-2-text`), when not its first control. */
  focusPart?: string;
  listErrors: readonly string[];
  emptyText: string;
  addLabel: string;
  newRow: () => Row;
  onChange: (rows: Row[]) => void;
  onBlur: () => void;
  /** An item's controls; its first input, select or textarea takes focus when the item is added. */
  renderItem: (row: Row, index: number, update: (patch: Partial<Row>) => void) => ReactNode;
}) {
  const ids = fieldIds(name, hint, listErrors);
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [focus, setFocus] = useState<Focus>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (focus === null) return;
    if (focus === "add") addRef.current?.focus();
    else if (focus.control === "first") {
      // The part named for it, or an item's first control: whatever input, select or textarea it draws first.
      const item = listRef.current?.children[focus.index];
      const part = focusPart ? document.getElementById(`field-${name}-${focus.index}-${focusPart}`) : null;
      (part ?? item?.querySelector<HTMLElement>("input, select, textarea"))?.focus();
    } else document.getElementById(`${name}-${focus.index}-${focus.control}`)?.focus();
    setFocus(null);
  }, [focus, name, focusPart]);

  const update = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= rows.length) {
      setAnnouncement(`${itemLabel} ${index + 1} is already ${by < 0 ? "first" : "last"}.`);
      return;
    }
    onChange(moveRow(rows, index, by));
    onBlur();
    setAnnouncement(`${itemLabel} ${index + 1} moved to position ${target + 1} of ${rows.length}.`);
    setFocus({ index: target, control: by < 0 ? "up" : "down" });
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    onBlur();
    setAnnouncement(`${itemLabel} ${index + 1} removed.`);
    setFocus(rows.length > 1 ? { index: Math.max(0, index - 1), control: "first" } : "add");
  };
  const lower = itemLabel.toLowerCase();

  return (
    <GroupFrame ids={ids} label={label} hint={hint} errors={listErrors}>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {rows.length === 0 ? <p className="mt-2">{emptyText}</p> : null}
      <ol ref={listRef} className="mt-2 space-y-4">
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <li key={keyOfRow(row, index)} className="max-w-2xl rounded-card border border-line bg-paper p-4">
              <fieldset>
                <legend className="font-bold">
                  {itemLabel} {n}
                </legend>
                {renderItem(row, index, (patch) => update(index, patch))}
                <div className="mt-3 flex flex-wrap gap-4">
                  {reorderable ? (
                    <>
                      <button
                        id={`${name}-${index}-up`}
                        type="button"
                        className={linkClass}
                        aria-disabled={index === 0 || undefined}
                        onClick={() => move(index, -1)}
                      >
                        Move up
                        <span className="sr-only">
                          {" "}
                          {lower} {n}
                        </span>
                      </button>
                      <button
                        id={`${name}-${index}-down`}
                        type="button"
                        className={linkClass}
                        aria-disabled={index === rows.length - 1 || undefined}
                        onClick={() => move(index, 1)}
                      >
                        Move down
                        <span className="sr-only">
                          {" "}
                          {lower} {n}
                        </span>
                      </button>
                    </>
                  ) : null}
                  <button
                    id={`${name}-${index}-remove`}
                    type="button"
                    className={linkClass}
                    onClick={() => remove(index)}
                  >
                    Remove
                    <span className="sr-only">
                      {" "}
                      {lower} {n}
                    </span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        ref={addRef}
        type="button"
        className={`mt-3 ${buttonClass("secondary")}`}
        onClick={() => {
          onChange([...rows, newRow()]);
          setFocus({ index: rows.length, control: "first" });
        }}
      >
        {addLabel}
      </button>
    </GroupFrame>
  );
}
