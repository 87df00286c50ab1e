"use client";

import { buttonClass } from "@legible/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { downloadFile } from "@/lib/download-file";
import { useTRPC } from "@/lib/trpc";

type ExportFormat = "legible-dataset" | "popolo";

const EXPORTS: ReadonlyArray<{ format: ExportFormat; label: string; hint: string }> = [
  { format: "legible-dataset", label: "Download the Legible dataset", hint: "Every record, as one JSON file." },
  {
    format: "popolo",
    label: "Download people and votes as Popolo",
    hint: "People, bodies, posts, memberships and votes, for other civic tools.",
  },
];

export function ExportPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  async function exportAs(format: ExportFormat) {
    setBusy(format);
    setStatus(null);
    try {
      // Always fresh: an export must hold what is saved now, not what a cache held.
      const file = await queryClient.fetchQuery({ ...trpc.transfer.export.queryOptions({ format }), staleTime: 0 });
      downloadFile(file.fileName, file.content);
      setStatus({ tone: "ok", text: `Downloaded ${file.fileName}.` });
    } catch (error) {
      setStatus({
        tone: "error",
        text: `The export failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="export-heading" className="mt-8 rounded-card border border-line bg-paper p-5">
      <h2 id="export-heading" className="font-serif text-2xl font-bold">
        Export
      </h2>
      <ul className="mt-4 space-y-4">
        {EXPORTS.map((item) => (
          <li key={item.format}>
            <button
              type="button"
              className={buttonClass("secondary")}
              disabled={busy !== null}
              aria-describedby={`export-${item.format}-hint`}
              onClick={() => exportAs(item.format)}
            >
              {busy === item.format ? "Preparing the file…" : item.label}
            </button>
            <p id={`export-${item.format}-hint`} className="mt-1 text-muted">
              {item.hint}
            </p>
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite" className="mt-3">
        {status && <p className={status.tone === "error" ? "font-bold text-error" : "font-bold"}>{status.text}</p>}
      </div>
    </section>
  );
}
