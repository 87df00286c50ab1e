import { handlePublicRequest } from "@legible/api/server";

export const dynamic = "force-dynamic";

export { handlePublicRequest as GET, handlePublicRequest as POST };
