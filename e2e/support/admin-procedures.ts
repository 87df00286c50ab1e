// Prints the staff API's procedures as JSON: [{ path, type, roles }], read from the admin router
// itself so a new procedure is tested the day it is added. Run with tsx (see authorization.spec.ts).
import { adminRouter } from "@legible/api/server";

type Procedure = { _def: { type: string; meta?: { roles?: readonly string[] } } };

const procedures = Object.entries(adminRouter._def.procedures as unknown as Record<string, Procedure>).map(
  ([path, procedure]) => ({ path, type: procedure._def.type, roles: procedure._def.meta?.roles ?? [] }),
);
process.stdout.write(JSON.stringify(procedures));
