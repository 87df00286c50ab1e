"use client";

import { VOTE_OPTIONS, type VoteOption } from "@legible/core";
import { useQuery } from "@tanstack/react-query";
import { sentenceFor } from "@/lib/form-kit/sentences";
import { useTRPC } from "@/lib/trpc";
import { countLabel } from "@/lib/votes/option-words";
import { countsOfText, type RollCallRow } from "@/lib/votes/roll-call";
import { FieldErrors, fieldIds } from "../form-kit/field-frame";
import type { StructuredEditorProps } from "../records/custom-field";
import { RollCallGrid } from "./roll-call-grid";
import { voteWarnings } from "./vote-warnings";

type CountsText = Partial<Record<VoteOption, string>>;

function seatsOf(body: unknown): number | null {
  const seats = (body as { rules?: { seats?: { value?: unknown } } } | undefined)?.rules?.seats?.value;
  return typeof seats === "number" ? seats : null;
}

/**
 * A vote's counts by option (this field) and its roll call (the `rollCall` field beside it), with
 * core's warnings where they disagree.
 */
export function TallyEditor({
  name,
  label,
  value,
  onChange,
  onBlur,
  issues,
  formValues = {},
  setFieldValue,
  issuesOf,
}: StructuredEditorProps) {
  const trpc = useTRPC();
  const bodyId = typeof formValues.bodyId === "string" ? formValues.bodyId : "";
  const body = useQuery({ ...trpc.bodies.get.queryOptions({ id: bodyId }), enabled: bodyId !== "" });
  const seats = seatsOf(body.data);
  const counts = (value ?? {}) as CountsText;
  const rows = (formValues.rollCall ?? null) as RollCallRow[] | null;
  const warnings = voteWarnings({ bodyId, date: formValues.date, counts: countsOfText(counts), rollCall: rows }, seats);
  const countErrors = [...new Set(issues.map((issue) => sentenceFor(label, issue.message)))];
  const ids = fieldIds(name, "hint", countErrors);
  const general = warnings.filter(
    (warning) => !warning.path.startsWith("counts.") && !warning.path.startsWith("rollCall"),
  );

  return (
    <>
      <fieldset id={ids.control} tabIndex={-1} aria-describedby={ids.describedBy}>
        <legend className="font-bold">Counts</legend>
        <p id={ids.hint} className="mt-1 text-muted">
          Leave an option blank when the record does not give it: blank means unknown, not zero.
          {seats !== null && ` The body has ${seats} seats.`}
        </p>
        <FieldErrors id={ids.error} messages={countErrors} />
        {general.map((warning) => (
          <p key={warning.message} className="mt-1 border-l-4 border-warning pl-2 font-bold">
            Check: {warning.message}
          </p>
        ))}
        <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {VOTE_OPTIONS.map((option) => {
            const id = `field-counts-${option.replace(" ", "-")}`;
            const mismatch = warnings.find((warning) => warning.path === `counts.${option}`);
            const invalid = issues.some((issue) => issue.path === option);
            return (
              <div key={option}>
                <label htmlFor={id} className="block">
                  {countLabel(option)}
                </label>
                <input
                  id={id}
                  type="text"
                  inputMode="numeric"
                  className={`mt-1 w-full rounded border bg-paper px-3 py-2 ${invalid ? "border-2 border-error" : mismatch ? "border-2 border-warning" : "border-muted"}`}
                  aria-describedby={mismatch ? `${id}-warning` : undefined}
                  aria-invalid={invalid || undefined}
                  value={counts[option] ?? ""}
                  onChange={(event) => onChange({ ...counts, [option]: event.target.value })}
                  onBlur={onBlur}
                />
                {mismatch && (
                  <p id={`${id}-warning`} className="mt-1 text-sm font-bold">
                    <span aria-hidden="true">⚠ </span>
                    {mismatch.message}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
      <RollCallGrid
        bodyId={bodyId}
        date={typeof formValues.date === "string" ? formValues.date.trim() : ""}
        rows={rows}
        issues={issuesOf?.("rollCall") ?? []}
        onChange={(next) => setFieldValue?.("rollCall", next)}
        warnings={warnings}
      />
    </>
  );
}
