import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PAGE_NUMBER, PageNumberSchema, pageCount, pageSlice, pageWindow } from "./paging.js";

describe("pageSlice", () => {
  it("skips the pages before it", () => {
    expect(pageSlice(1, 50)).toEqual({ offset: 0, limit: 50 });
    expect(pageSlice(3, 50)).toEqual({ offset: 100, limit: 50 });
  });

  it("refuses a page or size that is not a whole number from 1", () => {
    expect(() => pageSlice(0, 50)).toThrow(/page must be/);
    expect(() => pageSlice(1.5, 50)).toThrow(/page must be/);
    expect(() => pageSlice(1, 0)).toThrow(/page size must be/);
  });
});

describe("pageCount", () => {
  it("counts the pages a list fills, and gives an empty list one", () => {
    expect([pageCount(0, 50), pageCount(50, 50), pageCount(51, 50), pageCount(5355, 50)]).toEqual([1, 1, 2, 108]);
    expect(() => pageCount(-1, 50)).toThrow(/total must be/);
  });
});

describe("pageWindow", () => {
  it("places a page in its list", () => {
    expect(pageWindow(2, 50, 120)).toEqual({ page: 2, pageSize: 50, pageCount: 3, total: 120, first: 51, last: 100 });
    expect(pageWindow(3, 50, 120)).toMatchObject({ first: 101, last: 120 });
  });

  it("gives an empty list one empty page, and nothing past the end", () => {
    expect(pageWindow(1, 50, 0)).toEqual({ page: 1, pageSize: 50, pageCount: 1, total: 0, first: 0, last: 0 });
    expect(pageWindow(2, 50, 0)).toBeNull();
    expect(pageWindow(4, 50, 150)).toBeNull();
  });

  it("covers every item exactly once across its pages", () => {
    fc.assert(
      fc.property(fc.nat(2_000), fc.integer({ min: 1, max: 120 }), (total, pageSize) => {
        const first = pageWindow(1, pageSize, total);
        if (!first) throw new Error("page 1 must exist");
        const covered: number[] = [];
        for (let page = 1; page <= first.pageCount; page++) {
          const window = pageWindow(page, pageSize, total);
          if (!window) throw new Error(`page ${page} of ${first.pageCount} is missing`);
          const { offset, limit } = pageSlice(page, pageSize);
          if (total > 0) expect([window.first, window.last]).toEqual([offset + 1, Math.min(offset + limit, total)]);
          for (let position = window.first; position <= window.last && position > 0; position++) covered.push(position);
        }
        expect(covered).toEqual(Array.from({ length: total }, (_, index) => index + 1));
        expect(pageWindow(first.pageCount + 1, pageSize, total)).toBeNull();
      }),
    );
  });
});

describe("PageNumberSchema", () => {
  it("takes whole numbers from 1 to the limit, and names what is wrong otherwise", () => {
    expect(PageNumberSchema.parse(2)).toBe(2);
    expect(PageNumberSchema.safeParse(0).error?.issues[0]?.message).toBe("must be 1 or more");
    expect(PageNumberSchema.safeParse(1.5).error?.issues[0]?.message).toBe("must be a whole number, like 2");
    expect(PageNumberSchema.safeParse(MAX_PAGE_NUMBER + 1).success).toBe(false);
  });
});
