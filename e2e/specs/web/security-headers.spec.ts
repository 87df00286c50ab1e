import { expect, test } from "@playwright/test";

test("public pages carry the security headers and cannot be framed; vote cards can", async ({ request }) => {
  for (const path of [
    "/",
    "/es",
    "/explainers/measure-sanctuary-ordinance",
    "/people/person-karen-bass",
    "/api/health",
  ]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    // Served over plain http here, so no HSTS; LEGIBLE_PUBLIC_URL=https://… turns it on.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  const card = await request.get("/embed/votes/vote-council-2024-11-19");
  expect(card.headers()["content-security-policy"]).toBe("frame-ancestors *");
  expect(card.headers()["x-frame-options"]).toBeUndefined();
  expect(card.headers()["x-content-type-options"]).toBe("nosniff");
});
