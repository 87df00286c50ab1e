import { describe, expect, it } from "vitest";
import { publisherName } from "./revision-authors";

describe("publisherName", () => {
  const changes = [
    { at: "2024-11-20T10:00:05Z", actorName: "Rita Reviewer" },
    { at: "2024-11-20T09:59:00Z", actorName: "Eddie Editor" },
    { at: "2024-11-21T10:00:00Z", actorName: "Ada Admin" },
  ];

  it("names whoever saved closest to the publish time", () => {
    expect(publisherName("2024-11-20T10:00:04.500Z", changes)).toBe("Rita Reviewer");
  });

  it("names no one when no change is that close", () => {
    expect(publisherName("2024-11-22T10:00:00Z", changes)).toBeNull();
  });
});
