// Safe to import anywhere, including client components (as types).
export type { AdminRouter } from "./routers/admin/index.js";
export type { PublicRouter } from "./routers/public/index.js";
export type { StaffRole, StaffSession } from "./context.js";
export { STAFF_ROLES } from "./context.js";
