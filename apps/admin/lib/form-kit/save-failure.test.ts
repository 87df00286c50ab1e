import { describe, expect, it } from "vitest";
import { readSaveFailure, UNREACHABLE } from "./save-failure";

function apiError(message: string, data: Record<string, unknown>) {
  return Object.assign(new Error(message), { data });
}

describe("readSaveFailure", () => {
  it("reads a conflict with who saved and when", () => {
    const conflict = { yourVersion: 2, currentVersion: 3, updatedBy: "Ada Admin", updatedAt: "2026-12-04T10:00:00Z" };
    const failure = readSaveFailure(apiError("Someone saved version 3", { code: "CONFLICT", conflict }));
    expect(failure.conflict).toEqual(conflict);
    expect(failure.code).toBe("CONFLICT");
  });

  it("reads core's issues and the input schema's field errors as one list", () => {
    const failure = readSaveFailure(
      apiError("Invalid record", {
        code: "BAD_REQUEST",
        issues: [{ path: "counts.yes", message: "must be 0 or more" }],
        fieldErrors: { email: ["must be an email address"] },
        conflict: null,
      }),
    );
    expect(failure.issues).toEqual([
      { path: "counts.yes", message: "must be 0 or more" },
      { path: "email", message: "must be an email address" },
    ]);
    expect(failure.conflict).toBeNull();
    expect(failure.message).toBe("Invalid record");
  });

  it("says the server could not be reached when the error is not the server's", () => {
    const failure = readSaveFailure(new TypeError(""));
    expect(failure).toEqual({ code: null, message: UNREACHABLE, issues: [], conflict: null });
    expect(readSaveFailure(undefined).message).toBe(UNREACHABLE);
  });
});
