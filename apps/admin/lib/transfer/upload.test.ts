import { describe, expect, it } from "vitest";
import { importJobHref, LARGE_FILE_BYTES, sizeInWords } from "./upload";

describe("large files", () => {
  it("go through the upload route above what one tRPC request carries", () => {
    expect(LARGE_FILE_BYTES).toBe(800 * 1024);
  });

  it("are named by size in plain words", () => {
    expect(sizeInWords(900 * 1024)).toBe("900 KB");
    expect(sizeInWords(34.2 * 1024 * 1024)).toBe("34.2 MB");
    expect(sizeInWords(2 * 1024 ** 3)).toBe("2.0 GB");
    expect(sizeInWords(10)).toBe("1 KB");
  });

  it("link to their job's page by id", () => {
    expect(importJobHref("a b")).toBe("/transfer/job?id=a%20b");
  });
});
