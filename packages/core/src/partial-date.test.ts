import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareDates,
  datePrecision,
  dateRange,
  formatDate,
  fromOcdDate,
  isPartialDate,
  parsePartialDate,
  relateDates,
  toOcdDate,
  weekOf,
} from "./partial-date.js";

describe("partial dates", () => {
  it("keeps the seed story's precisions", () => {
    expect(datePrecision("2019")).toBe("year");
    expect(datePrecision("2024-11")).toBe("month");
    expect(datePrecision("2024-W46")).toBe("week");
    expect(datePrecision("2024-11-19")).toBe("day");
  });

  it("rejects dates that do not exist", () => {
    for (const bad of [
      "2024-02-30",
      "2023-02-29",
      "2024-13",
      "2024-W54",
      "2021-W53",
      "24-11",
      "0000",
      "2024-11-19T10:00",
      "",
    ]) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
    expect(isPartialDate("2024-02-29")).toBe(true);
    expect(isPartialDate("2020-W53")).toBe(true);
    const parsed = parsePartialDate("2024-02-30");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(parsePartialDate(2024).ok).toBe(false);
    expect(parsePartialDate("2024")).toEqual({ ok: true, value: "2024" });
  });

  it('stores "last week" as the ISO week of 11 November 2024', () => {
    expect(weekOf("2024-11-13")).toBe("2024-W46");
    expect(weekOf("2024-11-11")).toBe("2024-W46");
    expect(weekOf("2024-11-17")).toBe("2024-W46");
    expect(dateRange("2024-W46")).toEqual({ start: "2024-11-11", end: "2024-11-17" });
    expect(weekOf("2021-01-01")).toBe("2020-W53");
    expect(weekOf("2024-11")).toBeUndefined();
  });

  it("formats at exactly the precision it has, in English and Spanish", () => {
    expect(formatDate("2019", "en")).toBe("2019");
    expect(formatDate("2024-11", "en")).toBe("November 2024");
    expect(formatDate("2024-11", "es")).toBe("noviembre de 2024");
    expect(formatDate("2024-W46", "en")).toBe("week of November 11, 2024");
    expect(formatDate("2024-W46", "es")).toBe("semana del 11 de noviembre de 2024");
    expect(formatDate("2024-11-19", "en")).toBe("November 19, 2024");
    expect(formatDate("2024-11-19", "es")).toBe("19 de noviembre de 2024");
    expect(formatDate("not a date", "en")).toBe("not a date");
  });

  it("sorts by first day, coarser first", () => {
    const sorted = ["2024-11-19", "2024-11-18", "2019", "2024-W46", "2024", "2023", "2024-11"].sort(compareDates);
    expect(sorted).toEqual(["2019", "2023", "2024", "2024-11", "2024-W46", "2024-11-18", "2024-11-19"]);
    expect(compareDates("bad", "2024")).toBeGreaterThan(0);
    expect(compareDates("2024", "bad")).toBeLessThan(0);
    expect(compareDates("a", "b")).toBeLessThan(0);
  });

  it("relates dates honestly", () => {
    expect(relateDates("2023", "2024-11-19")).toBe("before");
    expect(relateDates("2024-11-19", "2024-W46")).toBe("after");
    expect(relateDates("2024-11", "2024-11-19")).toBe("overlaps");
    expect(relateDates("2024-11", "2024-11")).toBe("same");
    expect(relateDates("x", "2024")).toBeUndefined();
  });

  it("degrades a week to the smallest OCD date that holds it", () => {
    expect(toOcdDate("2024-W46")).toBe("2024-11");
    expect(toOcdDate("2024-W44")).toBe("2024"); // 28 October to 3 November
    expect(toOcdDate("2020-W53")).toBe("2020"); // 28 December 2020 to 3 January 2021
    expect(toOcdDate("2024-11-19")).toBe("2024-11-19");
    expect(fromOcdDate("2024-11-19T10:00:00-08:00")).toEqual({ ok: true, value: "2024-11-19" });
    expect(fromOcdDate("2024-W46").ok).toBe(false);
    expect(fromOcdDate(null).ok).toBe(false);
  });

  it("round-trips every year, month and day through OCD (property)", () => {
    const ocdDate = fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 }))
      .map(([y, m, d]) => {
        const year = String(y).padStart(4, "0");
        if (m === 0) return year;
        const month = `${year}-${String(m).padStart(2, "0")}`;
        return d === 0 ? month : `${month}-${String(d).padStart(2, "0")}`;
      })
      .filter(isPartialDate);
    fc.assert(
      fc.property(ocdDate, (date) => {
        const back = fromOcdDate(toOcdDate(date));
        return back.ok && back.value === date;
      }),
    );
  });

  it("maps a week to an OCD date that contains it (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), (d) => {
        const week = weekOf(d.toISOString().slice(0, 10));
        if (week === undefined) return false;
        const ocd = toOcdDate(week);
        const relation = relateDates(ocd, week);
        const weekRange = dateRange(week);
        const ocdRange = dateRange(ocd);
        if (!weekRange || !ocdRange) return false;
        // The ISO week-year case may start before its year; everything else must contain the week.
        return relation === "overlaps" && (ocdRange.start <= weekRange.start || ocdRange.end >= weekRange.end);
      }),
    );
  });
});
