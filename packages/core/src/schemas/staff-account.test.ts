import { describe, expect, it } from "vitest";
import { parseWith } from "../result.js";
import { NewAdminSchema, NewStaffAccountSchema } from "./staff-account.js";

const account = {
  name: "Tess Temporary",
  email: "tess@example.org",
  role: "reviewer",
  password: "first-temporary-password",
};

describe("a new staff account", () => {
  it("takes a name, an email, a role and a temporary password", () => {
    expect(parseWith(NewStaffAccountSchema, account)).toMatchObject({ ok: true });
  });

  it("refuses each part in words a person can act on, by its path", () => {
    const checked = parseWith(NewStaffAccountSchema, { name: " ", email: "tess", role: "owner", password: "short" });
    expect(checked.ok ? [] : checked.issues).toEqual([
      { path: "name", message: "is required" },
      { path: "email", message: "must be an email address, like name@example.org" },
      { path: "role", message: "must be one of: admin, editor, reviewer" },
      { path: "password", message: "must be at least 12 characters" },
    ]);
  });

  it("is the first admin's too, without a role to choose", () => {
    const { role: _role, ...admin } = account;
    expect(parseWith(NewAdminSchema, admin)).toMatchObject({ ok: true });
    expect(parseWith(NewAdminSchema, { ...admin, password: "x".repeat(129) })).toMatchObject({ ok: false });
  });
});
