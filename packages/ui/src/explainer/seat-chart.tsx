import type { VoteCardView } from "./types";

const fills: Record<string, string> = {
  yes: "bg-primary-dark border-primary-dark",
  no: "bg-error border-error",
};

/**
 * One square per seat, in the order yes, no, then the rest, with a line where the votes
 * needed to pass are reached. Decorative: the card says all of it in words.
 */
export function SeatChart({ vote }: { vote: VoteCardView }) {
  const { counts, decision } = vote;
  const { outcome } = decision;
  const seats = decision.seats?.value ?? null;
  if (seats === null || seats > 60) return null;
  // Seats the counts do not account for are drawn as unknown.
  const squares: string[] = counts.flatMap(({ option, count }) => Array.from({ length: count }, () => option));
  while (squares.length < seats) squares.push("unknown");
  const needed = outcome.votesNeeded;
  return (
    <div aria-hidden="true" className="relative mt-4 flex gap-1">
      {squares.slice(0, seats).map((option, index) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: seats are positions, not records.
          key={index}
          className={`seat ${fills[option] ?? (option === "unknown" ? "border-dashed border-muted bg-paper" : "border-muted bg-canvas")}`}
        />
      ))}
      {needed !== null && needed > 0 && needed <= seats ? (
        <span
          className="absolute -top-1 -bottom-1 w-1 rounded bg-ink"
          style={{ left: `calc(${(needed / seats) * 100}% - 0.125rem)` }}
        />
      ) : null}
    </div>
  );
}
