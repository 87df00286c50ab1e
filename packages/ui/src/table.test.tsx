import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "./pagination";
import { Table } from "./table";

const rows = [
  { id: "a", name: "Alder" },
  { id: "b", name: "Birch" },
];
const columns = [
  { key: "name", header: "Name", rowHeader: true, cell: (row: (typeof rows)[number]) => row.name },
  { key: "id", header: "Id", cell: (row: (typeof rows)[number]) => row.id },
];

describe("Table", () => {
  it("scrolls in a box keyboard users can reach, a region named by the caption", () => {
    const html = renderToStaticMarkup(<Table caption="Trees" rows={rows} rowKey={(row) => row.id} columns={columns} />);
    const box = /<section class="mt-2 overflow-x-auto" tabindex="0" aria-labelledby="([^"]+)">/i.exec(html);
    expect(box).not.toBeNull();
    expect(html).toContain(`<caption id="${box?.[1]}" class="sr-only">Trees</caption>`);
  });

  it("names each row by its row header and draws one heading rule", () => {
    const html = renderToStaticMarkup(<Table caption="Trees" rows={rows} rowKey={(row) => row.id} columns={columns} />);
    expect(html).toMatch(/<caption id="[^"]+" class="sr-only">Trees<\/caption>/);
    expect(html).toContain('<th scope="row" class="p-2 font-normal">Alder</th>');
    expect(html.match(/border-b-2 border-ink/g)).toHaveLength(1);
    expect(html).not.toContain('type="checkbox"');
  });

  it("with a selection, puts a named checkbox before each row and one that selects every row", () => {
    const html = renderToStaticMarkup(
      <Table
        caption="Trees"
        rows={rows}
        rowKey={(row) => row.id}
        columns={columns}
        selection={{
          selected: new Set(["b"]),
          onChange: () => {},
          rowLabel: (row) => `Select ${row.name}`,
          allLabel: "Select every tree on this page",
        }}
      />,
    );
    expect(html).toContain('aria-label="Select every tree on this page"');
    expect(html).toMatch(/aria-label="Select Alder"(?![^>]*checked)/);
    expect(html).toMatch(/aria-label="Select Birch"[^>]*checked/);
  });

  it("with row details, draws a full-width line under each row, selection column included", () => {
    const html = renderToStaticMarkup(
      <Table
        caption="Trees"
        rows={rows}
        rowKey={(row) => row.id}
        columns={columns}
        rowDetails={(row) => <span role="status">{row.id === "b" ? "Birch saved" : ""}</span>}
        selection={{ selected: new Set(), onChange: () => {}, rowLabel: (row) => row.name, allLabel: "All" }}
      />,
    );
    const details = html.match(/<tr><td colSpan="3" class="px-2"><span role="status">([^<]*)<\/span><\/td><\/tr>/g);
    expect(details).toHaveLength(2);
    expect(html.indexOf("Birch saved")).toBeGreaterThan(html.indexOf(">Birch</th>"));
  });

  it("without row details, draws one line per row", () => {
    const html = renderToStaticMarkup(<Table caption="Trees" rows={rows} rowKey={(row) => row.id} columns={columns} />);
    expect(html.match(/<tr/g)).toHaveLength(3);
  });
});

describe("Pagination", () => {
  const words = {
    label: "Pages",
    first: "First",
    previous: "Previous",
    next: "Next",
    last: "Last",
    pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
  };

  it("says nothing for one page", () => {
    expect(renderToStaticMarkup(<Pagination page={1} pageCount={1} words={words} onPage={() => {}} />)).toBe("");
  });

  it("links the steps around the current page, which is named, not linked", () => {
    const html = renderToStaticMarkup(
      <Pagination page={3} pageCount={5} words={words} hrefFor={(page) => `/list/${page}`} />,
    );
    expect(html).toContain('<nav aria-label="Pages"');
    expect(html).toContain('href="/list/1"');
    expect(html).toContain('href="/list/2" rel="prev"');
    expect(html).toContain('<li aria-current="page" class="px-2 font-bold">Page 3 of 5</li>');
    expect(html).toContain('href="/list/4" rel="next"');
    expect(html).toContain('href="/list/5"');
    expect(html).not.toContain('href="/list/3"');
  });

  it("leaves out first and previous on the first page, and uses buttons when pages live in state", () => {
    const html = renderToStaticMarkup(<Pagination page={1} pageCount={2} words={words} onPage={() => {}} />);
    expect(html).not.toContain("Previous");
    expect(html).not.toContain("First");
    expect(html).toContain('<button type="button"');
    expect(html).not.toContain("Last");
  });
});
