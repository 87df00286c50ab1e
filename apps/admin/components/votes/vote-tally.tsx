"use client";

import { VOTE_OPTIONS, type VoteOption } from "@legible/core";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import type { RollCallRow } from "@/lib/votes/roll-call";
import { FieldErrors, fieldIds } from "../records/field-frame";
import type { RecordFormState } from "../records/use-record-form";
import { RollCallGrid } from "./roll-call-grid";
import { voteWarnings } from "./vote-warnings";

type CountsText = Partial<Record<VoteOption, string>>;

function seatsOf(body: unknown): number | null {
  const seats = (body as { rules?: { seats?: { value?: unknown } } } | undefined)?.rules?.seats?.value;
  return typeof seats === "number" ? seats : null;
}

/** A vote's counts by option and its roll call, with core's warnings where they disagree. */
export function VoteTally({ form }: { form: RecordFormState }) {
  const trpc = useTRPC();
  const bodyId = typeof form.values.bodyId === "string" ? form.values.bodyId : "";
  const body = useQuery({ ...trpc.bodies.get.queryOptions({ id: bodyId }), enabled: bodyId !== "" });
  const seats = seatsOf(body.data);
  const counts = (form.values.counts ?? {}) as CountsText;
  const rows = form.values.rollCall as RollCallRow[] | null;
  const warnings = voteWarnings(form.record, seats);
  const countErrors = form.errorsOf("counts");
  const ids = fieldIds("counts", "hint", countErrors);
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
        <FieldErrors ids={ids} errors={countErrors} />
        {general.map((warning) => (
          <p key={warning.message} className="mt-1 border-l-4 border-warning pl-2 font-bold">
            Check: {warning.message}
          </p>
        ))}
        <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {VOTE_OPTIONS.map((option) => {
            const id = `field-counts-${option.replace(" ", "-")}`;
            const mismatch = warnings.find((warning) => warning.path === `counts.${option}`);
            const invalid = form.issuesOf("counts").some((issue) => issue.path === `counts.${option}`);
            return (
              <div key={option}>
                <label htmlFor={id} className="block capitalize">
                  {option}
                </label>
                <input
                  id={id}
                  type="text"
                  inputMode="numeric"
                  className={`mt-1 w-full rounded border bg-paper px-3 py-2 ${invalid ? "border-2 border-error" : mismatch ? "border-2 border-warning" : "border-muted"}`}
                  aria-describedby={mismatch ? `${id}-warning` : undefined}
                  aria-invalid={invalid || undefined}
                  value={counts[option] ?? ""}
                  onChange={(event) => form.setValue("counts", { ...counts, [option]: event.target.value })}
                  onBlur={() => form.touch("counts")}
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
      <RollCallGrid form={form} rows={rows} warnings={warnings} />
    </>
  );
}
