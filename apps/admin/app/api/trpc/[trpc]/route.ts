import { handleAdminRequest } from "@legible/api/server";

export const dynamic = "force-dynamic";

export { handleAdminRequest as GET, handleAdminRequest as POST };
