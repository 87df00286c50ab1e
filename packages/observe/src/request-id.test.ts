import { describe, expect, it } from "vitest";
import { acceptedRequestId, requestIdOf } from "./request-id";

describe("request ids", () => {
  it("keeps a plain incoming id: a UUID, nginx's hex id, a dotted tracing id", () => {
    for (const id of ["3f2b8c1e-9d4a-4c1b-8e2f-0a1b2c3d4e5f", "a3c5e7f9b1d3f5a7c9e1b3d5f7a9c1e3", "web.1:42_x"]) {
      expect(acceptedRequestId(id)).toBe(id);
      expect(requestIdOf(id)).toBe(id);
    }
  });

  it("replaces one that could forge a log line, carry markup or run long", () => {
    for (const bad of [
      "abc\nlevel=50 msg=forged",
      "<script>alert(1)</script>",
      "a b",
      "x".repeat(129),
      "",
      "ünïcode",
    ]) {
      expect(acceptedRequestId(bad)).toBeNull();
      const made = requestIdOf(bad);
      expect(made).not.toBe(bad);
      expect(made).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("makes a new id when none came, and takes the first of repeated headers", () => {
    expect(requestIdOf(undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(null)).not.toBe(requestIdOf(null));
    expect(requestIdOf(["first-id", "second-id"])).toBe("first-id");
  });
});
