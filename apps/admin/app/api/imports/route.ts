import { handleImportUpload } from "@legible/api/server";

// Files too large for a tRPC request: the body is streamed to disk and imported as a job.
export const dynamic = "force-dynamic";

export { handleImportUpload as POST };
