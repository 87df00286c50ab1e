import { VersionConflictError } from "@legible/db";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { toApiError } from "./errors";

describe("toApiError", () => {
  const args = [{ type: "person", id: "person-a" }, 1, 2, "Ada Admin", "2026-12-04T10:00:00Z", "person"] as const;

  it("gives a version conflict its status", () => {
    const mapped = toApiError(new VersionConflictError(...args));
    expect(mapped).toBeInstanceOf(TRPCError);
    expect((mapped as TRPCError).code).toBe("CONFLICT");
  });

  it("knows storage's errors from another bundle's copy of @legible/db by their name", () => {
    // What Next's separately bundled instrumentation throws through the store the routes share.
    class CopiedVersionConflictError extends Error {
      override name = "VersionConflictError";
    }
    const mapped = toApiError(new CopiedVersionConflictError("changed meanwhile"));
    expect((mapped as TRPCError).code).toBe("CONFLICT");
    expect(toApiError(new Error("something else"))).not.toBeInstanceOf(TRPCError);
  });
});
