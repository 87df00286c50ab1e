import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";

/**
 * The script nonce Next stamps on its own scripts in the render under way: the one the server put
 * on the request that caused this render. Read from Next's render store rather than headers(),
 * because reading request headers would make every public page render per request and end
 * the page cache. Undefined in a render no request caused (a page built ahead).
 */
export function renderNonce(): string | undefined {
  return workAsyncStorage.getStore()?.nonce;
}
