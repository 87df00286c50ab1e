import { Fragment, type ReactNode, useId } from "react";

/** One column: its heading and what each row shows in it. */
export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row: a row header (`th scope="row"`) for screen readers. */
  rowHeader?: boolean;
  /** Set on the column the rows are sorted by. */
  sort?: "ascending" | "descending";
  /** Extra classes for this column's body cells (width, type). */
  className?: string;
  /** Numbers line up on the right, heading included. */
  align?: "right";
}

/** Rows that can be picked for a bulk step; each checkbox names its row. */
export interface TableSelection<Row> {
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** "Select Measure 12" — read out for the row's checkbox. */
  rowLabel: (row: Row) => string;
  /** The select-all checkbox's name ("Select every measure on this page"). */
  allLabel: string;
}

const cellClass = "p-2";

/**
 * A table of records, drawn one way everywhere: a caption (visible, or for screen readers
 * only), a heading row over a dark rule, rows over light rules, and, when `selection` is given,
 * a first column of checkboxes with one that selects every row shown.
 */
export function Table<Row>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  selection,
  rowDetails,
  className,
}: {
  caption: ReactNode;
  captionVisible?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  selection?: TableSelection<Row>;
  /**
   * A full-width line under each row, for what belongs to the row but is no column: its save
   * messages, say. Rendered for every row (empty or not) so a live region in it is there before
   * it speaks.
   */
  rowDetails?: (row: Row) => ReactNode;
  className?: string;
}) {
  const captionId = useId();
  const keys = rows.map(rowKey);
  const chosen = selection ? keys.filter((key) => selection.selected.has(key)).length : 0;
  const toggle = (key: string, on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (on) next.add(key);
    else next.delete(key);
    selection.onChange(next);
  };
  const toggleAll = (on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    selection.onChange(next);
  };
  return (
    // A table wider than the screen scrolls in its box: the box takes keyboard focus so arrow
    // keys can scroll it (axe: scrollable-region-focusable), and is a region named by the caption.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section className="mt-2 overflow-x-auto" tabIndex={0} aria-labelledby={captionId}>
      <table className={["w-full border-collapse bg-paper text-left", className].filter(Boolean).join(" ")}>
        <caption id={captionId} className={captionVisible ? "mb-2 text-left font-bold" : "sr-only"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {selection && (
              <td className={`${cellClass} w-10`}>
                <input
                  type="checkbox"
                  className="size-5 accent-primary"
                  aria-label={selection.allLabel}
                  checked={keys.length > 0 && chosen === keys.length}
                  // Some but not all: the box shows a dash, and screen readers say "mixed".
                  ref={(box) => {
                    if (box) box.indeterminate = chosen > 0 && chosen < keys.length;
                  }}
                  onChange={(event) => toggleAll(event.target.checked)}
                />
              </td>
            )}
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.align ? `${cellClass} text-right` : cellClass}
                aria-sort={column.sort}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const key = keys[index] as string;
            const width = columns.length + (selection ? 1 : 0);
            return (
              <Fragment key={key}>
                <tr className="border-b border-line align-top">
                  {selection && (
                    <td className={cellClass}>
                      <input
                        type="checkbox"
                        className="size-5 accent-primary"
                        aria-label={selection.rowLabel(row)}
                        checked={selection.selected.has(key)}
                        onChange={(event) => toggle(key, event.target.checked)}
                      />
                    </td>
                  )}
                  {columns.map((column) => {
                    const classes = [cellClass, column.align && "text-right", column.className]
                      .filter(Boolean)
                      .join(" ");
                    return column.rowHeader ? (
                      <th key={column.key} scope="row" className={`${classes} font-normal`}>
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td key={column.key} className={classes}>
                        {column.cell(row)}
                      </td>
                    );
                  })}
                </tr>
                {rowDetails && (
                  <tr>
                    <td colSpan={width} className="px-2">
                      {rowDetails(row)}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
