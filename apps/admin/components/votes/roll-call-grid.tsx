"use client";

import { type Issue, isPartialDate, VOTE_OPTIONS, type VoteOption, type VoteProblem } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { Table } from "@legible/ui/table";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FieldErrors, fieldIds } from "@/components/form-kit/field-frame";
import { linkClass } from "@/components/form-kit/styles";
import { useTRPC } from "@/lib/trpc";
import { countLabel, memberVote } from "@/lib/votes/option-words";
import { countRollCall, fillMembers, type RollCallRow, unchosenRows } from "@/lib/votes/roll-call";

/**
 * The member-by-member record of a vote. Unknown (no roll call on record) is its own state,
 * distinct from a known roll call that lists nobody yet.
 */
export function RollCallGrid({
  bodyId,
  date,
  rows,
  issues: rowIssues,
  onChange,
  warnings,
}: {
  bodyId: string;
  date: string;
  rows: RollCallRow[] | null;
  /** The roll call's problems, with the record's paths (`rollCall.2.option`). */
  issues: readonly Issue[];
  onChange: (rows: RollCallRow[] | null) => void;
  warnings: readonly VoteProblem[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState<string | null>(null);
  const [newVoter, setNewVoter] = useState("");
  const canFill = bodyId !== "" && isPartialDate(date);
  const ownErrors = rowIssues.filter((issue) => issue.path === "rollCall").map((issue) => issue.message);
  const ids = fieldIds("rollCall", "hint", ownErrors);
  const set = (next: RollCallRow[] | null) => onChange(next);

  async function fill() {
    try {
      const members = await queryClient.fetchQuery(trpc.rollCall.members.queryOptions({ bodyId, date }));
      set(fillMembers(rows ?? [], members));
      setNote(
        members.length
          ? `${members.length} ${members.length === 1 ? "member was" : "members were"} in office on ${date}. Choose how each voted.`
          : `No members of this body are on record for ${date}. Add voters by name below.`,
      );
    } catch {
      setNote("The members could not be loaded. Check the body and the date, then try again.");
    }
  }

  const tally = countRollCall(rows ?? []);
  const waiting = unchosenRows(rows ?? []);
  return (
    <fieldset id={ids.control} tabIndex={-1} aria-describedby={ids.describedBy}>
      <legend className="font-bold">Roll call</legend>
      <p id={ids.hint} className="mt-1 text-muted">
        How each member voted, when the record says. Most news reports give only the counts.
      </p>
      <FieldErrors id={ids.error} messages={ownErrors} label="Roll call" />
      <div className="mt-2 flex flex-wrap gap-4">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="rollCallKnown"
            className="size-5"
            checked={rows === null}
            onChange={() => set(null)}
          />
          Not known: only the counts are on record
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="rollCallKnown"
            className="size-5"
            checked={rows !== null}
            onChange={() => set(rows ?? [])}
          />
          Known: list each member’s vote
        </label>
      </div>
      {rows !== null && (
        <div className="mt-4 space-y-3">
          <div>
            <button type="button" className={buttonClass("secondary")} onClick={fill} disabled={!canFill}>
              Fill in members on this date
            </button>
            {!canFill && <p className="mt-1 text-muted">Choose the body and the date of the vote first.</p>}
          </div>
          <p role="status" className={note ? "" : "sr-only"}>
            {note}
          </p>
          {rows.length === 0 ? (
            <p>Nobody is listed yet.</p>
          ) : (
            <Table
              caption="Each member’s vote"
              className="max-w-2xl"
              rows={rows.map((row, index) => ({ row, index }))}
              rowKey={({ row, index }) => row.personId ?? `${row.voterName}-${index}`}
              columns={[
                {
                  key: "member",
                  header: "Member",
                  rowHeader: true,
                  cell: ({ row, index }) => <label htmlFor={`field-rollCall-${index}`}>{row.voterName}</label>,
                },
                {
                  key: "vote",
                  header: "Vote",
                  cell: ({ row, index }) => {
                    const errors = [
                      ...rowIssues.filter((issue) => issue.path.startsWith(`rollCall.${index}`)).map((i) => i.message),
                      ...warnings.filter((w) => w.path === `rollCall.${index}`).map((w) => w.message),
                    ];
                    const selectId = `field-rollCall-${index}`;
                    return (
                      <>
                        <select
                          id={selectId}
                          className={`rounded border bg-paper px-2 py-1 ${errors.length ? "border-2 border-error" : "border-muted"}`}
                          aria-describedby={errors.length ? `${selectId}-error` : undefined}
                          aria-invalid={errors.length > 0 || undefined}
                          value={row.option}
                          onChange={(event) =>
                            set(
                              rows.map((r, i) =>
                                i === index ? { ...r, option: event.target.value as VoteOption } : r,
                              ),
                            )
                          }
                        >
                          <option value="">Choose…</option>
                          {VOTE_OPTIONS.map((option) => (
                            <option key={option} value={option}>
                              {memberVote(option)}
                            </option>
                          ))}
                        </select>
                        {errors.length > 0 && (
                          <p id={`${selectId}-error`} className="mt-1 text-sm font-bold text-error">
                            {errors.join(" ")}
                          </p>
                        )}
                      </>
                    );
                  },
                },
                {
                  key: "remove",
                  header: <span className="sr-only">Remove</span>,
                  cell: ({ row, index }) => (
                    <button type="button" className={linkClass} onClick={() => set(rows.filter((_, i) => i !== index))}>
                      Remove<span className="sr-only"> {row.voterName}</span>
                    </button>
                  ),
                },
              ]}
            />
          )}
          <p aria-live="polite">
            From the roll call:{" "}
            {Object.keys(tally).length === 0
              ? "no votes chosen yet"
              : VOTE_OPTIONS.filter((option) => tally[option])
                  .map((option) => `${countLabel(option)} ${tally[option]}`)
                  .join(", ")}
            {waiting > 0 && ` (${waiting} still to choose)`}.
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="add-voter" className="block">
                Add a voter by name
              </label>
              <input
                id="add-voter"
                type="text"
                className="mt-1 rounded border border-muted bg-paper px-3 py-2"
                value={newVoter}
                onChange={(event) => setNewVoter(event.target.value)}
              />
            </div>
            <button
              type="button"
              className={buttonClass("secondary")}
              onClick={() => {
                if (!newVoter.trim()) return;
                set([...rows, { voterName: newVoter.trim(), option: "" }]);
                setNewVoter("");
              }}
            >
              Add voter
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
