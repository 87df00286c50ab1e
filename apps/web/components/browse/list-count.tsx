import type { ListPaging } from "@/lib/record-views";

/**
 * How many the list holds, as a heading (screen readers find it by heading, no JavaScript
 * needed), and which of them this page shows.
 */
export function ListCount({
  id,
  count,
  position,
  paging,
}: {
  id: string;
  count: string;
  position: (range: { first: number; last: number; total: number }) => string;
  paging: ListPaging;
}) {
  return (
    <div className="mt-8">
      <h2 id={id} className="font-serif text-2xl font-bold">
        {count}
      </h2>
      {paging.total > 0 ? (
        <p className="text-muted">{position({ first: paging.first, last: paging.last, total: paging.total })}</p>
      ) : null}
    </div>
  );
}
