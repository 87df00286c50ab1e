import type { ImportFormat } from "@legible/core";

// A file too large for a tRPC request goes to the upload route as it is, streamed by the browser,
// and is imported on the server as a background job. XMLHttpRequest rather than fetch: only it
// reports how much of the body has been sent.

/** Files above this go through the upload route: the most one tRPC request carries. */
export const LARGE_FILE_BYTES = 800 * 1024;

export type UploadOutcome = { ok: true; jobId: string } | { ok: false; problem: string };

/** Where an import job's own page is. */
export const importJobHref = (jobId: string) => `/transfer/job?id=${encodeURIComponent(jobId)}`;

/** A size in plain words: 34.2 MB, 820 KB. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Sends `file` to the upload route; `onSent` hears the share of it sent so far (0 to 1). */
export function uploadForImport(
  file: File,
  format: ImportFormat,
  onSent: (share: number) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ format, name: file.name });
    request.open("POST", `/api/imports?${query}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onSent(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { jobId?: string; error?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // The answer was not JSON (a proxy's error page): the status says enough.
      }
      if (request.status === 202 && body.jobId) resolve({ ok: true, jobId: body.jobId });
      else resolve({ ok: false, problem: body.error ?? `The server answered ${request.status}. Try again.` });
    };
    request.onerror = () =>
      resolve({ ok: false, problem: "The file could not be sent: the connection to the server failed. Try again." });
    request.send(file);
  });
}
