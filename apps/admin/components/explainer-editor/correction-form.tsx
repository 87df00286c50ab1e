"use client";

import type { Correction } from "@legible/core";
import { useId, useState } from "react";
import { buttonClass, FieldErrors } from "./form-fields";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds a public correction note (what was wrong, and the date) to the working copy. */
export function CorrectionForm({ onAdd }: { onAdd: (correction: Correction) => void }) {
  const textId = useId();
  const dateId = useId();
  const [text, setText] = useState("");
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    if (text.trim() === "") {
      setError("is required");
      document.getElementById(textId)?.focus();
      return;
    }
    onAdd({ id: `correction-${Date.now().toString(36)}`, date: `${date}T00:00:00Z`, text: text.trim() });
    setText("");
    setError(null);
  };
  return (
    <fieldset className="mt-3 rounded border border-line p-3">
      <legend className="px-1 font-bold">Add a public correction</legend>
      <p className="text-sm text-muted">
        Corrections are shown to residents and can never be changed or removed once saved.
      </p>
      <label htmlFor={textId} className="mt-2 block font-bold">
        What was wrong, and what changed
      </label>
      <textarea
        id={textId}
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${textId}-error` : undefined}
        className="mt-1 block w-full rounded border border-muted bg-paper px-2 py-1.5"
      />
      <FieldErrors id={`${textId}-error`} messages={error ? [error] : undefined} />
      <label htmlFor={dateId} className="mt-2 block font-bold">
        Date of the correction
      </label>
      <input
        id={dateId}
        type="date"
        value={date}
        required
        onChange={(event) => setDate(event.target.value || today())}
        className="mt-1 rounded border border-muted bg-paper px-2 py-1.5"
      />
      <div className="mt-3">
        <button type="button" className={buttonClass()} onClick={add}>
          Add correction (then save)
        </button>
      </div>
    </fieldset>
  );
}
