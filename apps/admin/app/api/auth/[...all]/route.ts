import { handleAuthRequest } from "@legible/api/server";

export const dynamic = "force-dynamic";

export { handleAuthRequest as GET, handleAuthRequest as POST };
