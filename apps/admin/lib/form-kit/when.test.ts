import { describe, expect, it } from "vitest";
import { formatWhen } from "./when";

describe("formatWhen", () => {
  it("shows the local time with its zone", () => {
    expect(formatWhen("2024-11-19T18:32:00Z", "America/Los_Angeles")).toBe("November 19, 2024 at 10:32 AM PST");
    expect(formatWhen("2024-07-04T18:32:00Z", "America/Los_Angeles")).toBe("July 4, 2024 at 11:32 AM PDT");
    expect(formatWhen("2024-11-19T18:32:00Z", "UTC")).toBe("November 19, 2024 at 6:32 PM UTC");
  });

  it("names the zone even in the browser's own time", () => {
    expect(formatWhen("2024-11-19T18:32:00Z")).toMatch(/^November 19, 2024 at \d{1,2}:32 [AP]M \S+$/);
  });

  it("keeps what is not a moment as it is, and says nothing for nothing", () => {
    expect(formatWhen("sometime")).toBe("sometime");
    expect(formatWhen(null)).toBe("");
  });
});
