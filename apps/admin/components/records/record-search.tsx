"use client";

import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useId, useState } from "react";
import { controlClass } from "@/components/form-kit/styles";
import { useRecordApi } from "@/lib/records/api";
import type { RecordRouterKey } from "@/lib/records/router-keys";
import { useDebounced } from "./use-debounced";

/**
 * A search box that finds records of one collection and lets the user choose one, by mouse
 * or keyboard (an ARIA 1.2 combobox with a list of options).
 */
export function RecordSearch({
  id,
  collection,
  onChoose,
  onBlur,
  describedBy,
  invalid = false,
  exclude = [],
}: {
  id: string;
  collection: RecordRouterKey;
  onChoose: (id: string, title: string) => void;
  onBlur?: () => void;
  describedBy?: string | undefined;
  invalid?: boolean;
  exclude?: readonly string[];
}) {
  const api = useRecordApi(collection);
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useDebounced(text.trim(), 250);
  const found = useQuery({ ...api.list.queryOptions({ search: search || undefined, pageSize: 8 }), enabled: open });
  const options = (found.data?.items ?? []).filter((item) => !exclude.includes(item.id));

  function choose(index: number) {
    const option = options[index];
    if (!option) return;
    onChoose(option.id, option.title);
    setText("");
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((at) => Math.min(at + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((at) => Math.max(at - 1, 0));
    } else if (event.key === "Enter" && open && options.length) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const activeId = open && options[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="relative max-w-2xl">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder="Type to search"
        className={controlClass(invalid)}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Matching records"
        hidden={!open}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-muted bg-paper shadow-lg"
      >
        {found.isPending ? (
          <p className="px-3 py-2 text-muted">Searching…</p>
        ) : options.length === 0 ? (
          <p className="px-3 py-2 text-muted">Nothing matches “{search}”.</p>
        ) : (
          options.map((option, index) => (
            <div
              key={option.id}
              tabIndex={-1}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-primary-light" : ""}`}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              <span className="font-bold">{option.title}</span>
              {option.detail.length > 0 && <span className="block text-muted">{option.detail.join(" · ")}</span>}
            </div>
          ))
        )}
      </div>
    </div>
  );
}
