"use client";

import type { Locale } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { TextAreaField, TextInputField } from "@/components/form-kit/text-field";
import { moveItem, removeItem } from "./block-order";

interface Pair {
  first: string;
  second: string;
}

interface ListItemsFieldsProps {
  blockId: string;
  locale: Locale;
  items: readonly Pair[];
  onChange: (items: Pair[]) => void;
  errors: Readonly<Record<string, string[]>>;
  /** The block's field holding the list, for placing errors: `items` or `entries`. */
  listKey: string;
  /** Each item's two field names, for placing errors: `question`/`answer`, `term`/`definition`. */
  keys: readonly [string, string];
  /** "Question", "Term": names one item in legends and buttons. */
  itemName: string;
  labels: readonly [string, string];
  describedBy: readonly string[];
}

/** A list of two-field items (questions and answers, glossary terms), each a fieldset that can move or go. */
export function ListItemsFields(props: ListItemsFieldsProps) {
  const { blockId, locale, items, onChange, errors, listKey, keys, itemName, labels, describedBy } = props;
  const set = (index: number, patch: Partial<Pair>) =>
    onChange(items.map((item, position) => (position === index ? { ...item, ...patch } : item)));
  return (
    <div className="mt-3 space-y-3">
      {items.map((item, index) => {
        const idOf = (key: string) => `${blockId}-${listKey}-${index}-${key}`;
        const legend = `${itemName} ${index + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; their fields are controlled.
          <fieldset key={index} className="rounded border border-line p-3">
            <legend className="px-1 font-bold">{legend}</legend>
            <TextInputField
              id={idOf(keys[0])}
              label={labels[0]}
              value={item.first}
              lang={locale}
              required
              onChange={(first) => set(index, { first })}
              errors={errors[`${listKey}.${index}.${keys[0]}`]}
            />
            <TextAreaField
              id={idOf(keys[1])}
              label={labels[1]}
              value={item.second}
              lang={locale}
              required
              rows={3}
              onChange={(second) => set(index, { second })}
              errors={errors[`${listKey}.${index}.${keys[1]}`]}
              describedBy={describedBy}
            />
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className={buttonClass("secondary")}
                disabled={index === 0}
                onClick={() => onChange(moveItem(items, index, -1))}
              >
                Move up <span className="sr-only">{legend}</span>
              </button>
              <button
                type="button"
                className={buttonClass("secondary")}
                disabled={index === items.length - 1}
                onClick={() => onChange(moveItem(items, index, 1))}
              >
                Move down <span className="sr-only">{legend}</span>
              </button>
              <button
                type="button"
                className={buttonClass("danger")}
                onClick={() => onChange(removeItem(items, index))}
              >
                Remove <span className="sr-only">{legend}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        className={buttonClass("secondary")}
        onClick={() => onChange([...items, { first: "", second: "" }])}
      >
        Add {itemName.toLowerCase()}
      </button>
    </div>
  );
}
