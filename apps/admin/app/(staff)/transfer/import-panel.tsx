"use client";

import type { AdminRouter } from "@legible/api";
import type { ImportFormat } from "@legible/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { type FormEvent, useId, useRef, useState } from "react";
import { countsSentence, FORMAT_CHOICES } from "../../../lib/transfer/words";
import { useTRPC } from "../../../lib/trpc";
import { ImportPreview } from "./import-preview";

type Outcome = inferRouterOutputs<AdminRouter>["transfer"]["preview"];

/** The file that was previewed: an import saves exactly this, never a file changed since. */
interface Previewed {
  format: ImportFormat;
  content: string;
  name: string;
  outcome: Outcome;
}

const buttonClass =
  "inline-block rounded bg-primary px-4 py-2 font-bold text-paper hover:bg-primary-dark disabled:opacity-70";
const secondaryButtonClass =
  "inline-block rounded border-2 border-primary bg-paper px-4 py-2 font-bold text-primary hover:bg-primary-light";

export function ImportPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const [format, setFormat] = useState<ImportFormat>("popolo");
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<Outcome | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);

  const preview = useMutation(trpc.transfer.preview.mutationOptions());
  const apply = useMutation(
    trpc.transfer.import.mutationOptions({
      onSuccess: async (outcome) => {
        setResult(outcome);
        setConfirming(false);
        if (outcome.ok) await queryClient.invalidateQueries();
      },
    }),
  );

  const chosen = FORMAT_CHOICES.find((choice) => choice.value === format) ?? FORMAT_CHOICES[0];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormProblem(null);
    setResult(null);
    setConfirming(false);
    setPreviewed(null);
    const form = new FormData(event.currentTarget);
    const file = fileRef.current?.files?.[0];
    const pasted = String(form.get("pasted") ?? "");
    const content = file ? await file.text() : pasted;
    if (content.trim() === "") {
      setFormProblem("Choose a file, or paste the file's text.");
      return;
    }
    const name = file ? file.name : "the pasted text";
    preview.mutate({ format, content }, { onSuccess: (outcome) => setPreviewed({ format, content, name, outcome }) });
  }

  const toSave = previewed?.outcome.ok
    ? previewed.outcome.plan.counts.create + previewed.outcome.plan.counts.update
    : 0;

  return (
    <section aria-labelledby="import-heading" className="mt-8 rounded-card border border-line bg-paper p-5">
      <h2 id="import-heading" className="font-serif text-2xl font-bold">
        Import a file
      </h2>
      <form onSubmit={submit} className="mt-4 space-y-5" noValidate>
        <fieldset>
          <legend className="font-bold">Format</legend>
          <div className="mt-2 space-y-2">
            {FORMAT_CHOICES.map((choice) => (
              <div key={choice.value} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={`format-${choice.value}`}
                  name="format"
                  value={choice.value}
                  checked={format === choice.value}
                  onChange={() => {
                    setFormat(choice.value);
                    setPreviewed(null);
                    setResult(null);
                  }}
                  aria-describedby={`format-${choice.value}-hint`}
                  className="mt-1.5"
                />
                <div>
                  <label htmlFor={`format-${choice.value}`}>{choice.label}</label>
                  <p id={`format-${choice.value}-hint`} className="text-muted">
                    {choice.hint}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="import-file" className="block font-bold">
            File
          </label>
          <p id="import-file-hint" className="text-muted">
            At most 800 KB; split larger files.
          </p>
          <input
            ref={fileRef}
            id="import-file"
            name="file"
            type="file"
            accept={chosen?.accept}
            aria-describedby="import-file-hint"
            onChange={() => {
              setPreviewed(null);
              setResult(null);
            }}
            className="mt-1 block"
          />
        </div>
        <div>
          <label htmlFor="import-pasted" className="block font-bold">
            Or paste the file's text
          </label>
          <textarea
            id="import-pasted"
            name="pasted"
            rows={5}
            spellCheck={false}
            onChange={() => {
              setPreviewed(null);
              setResult(null);
            }}
            className="mt-1 block w-full max-w-2xl rounded border border-muted bg-paper px-3 py-2 font-mono text-sm"
          />
        </div>
        {formProblem && (
          <p role="alert" className="font-bold text-error">
            {formProblem}
          </p>
        )}
        <button type="submit" disabled={preview.isPending || apply.isPending} className={buttonClass}>
          Preview
        </button>
      </form>

      {/* Progress and results are announced as they change; the steps are the real ones, not a guessed percentage. */}
      <div id={statusId} role="status" aria-live="polite" className="mt-5">
        {preview.isPending && <p>Reading and checking the file… Nothing is saved yet.</p>}
        {preview.isError && (
          <p className="font-bold text-error">The file could not be checked: {preview.error.message}</p>
        )}
        {previewed && !result && !apply.isPending && (
          <p className="font-bold">
            {previewed.outcome.ok
              ? `Checked ${previewed.name}: ${countsSentence(previewed.outcome.plan.counts, "will")}. Nothing is saved yet.`
              : `${previewed.name} has problems. Nothing will be saved until they are fixed.`}
          </p>
        )}
        {apply.isPending && (
          <ol className="list-decimal pl-6">
            <li>File checked.</li>
            <li>
              Saving {toSave} {toSave === 1 ? "record" : "records"} in one transaction… If anything fails, nothing is
              saved.
            </li>
          </ol>
        )}
        {apply.isError && (
          <p className="font-bold text-error">The import failed and nothing was saved: {apply.error.message}</p>
        )}
        {result?.ok && <p className="font-bold">Import done: {countsSentence(result.plan.counts, "did")}.</p>}
        {result && !result.ok && <p className="font-bold text-error">The import was refused and nothing was saved.</p>}
      </div>

      {previewed && !result && (
        <ImportPreview outcome={previewed.outcome} title={`What importing ${previewed.name} will do`} tense="will" />
      )}
      {result && <ImportPreview outcome={result} title="What the import did" tense="did" />}

      {previewed?.outcome.ok && !result && (
        <div className="mt-6">
          {toSave === 0 ? (
            <p>Everything in this file is already in Legible. There is nothing to import.</p>
          ) : confirming ? (
            <fieldset className="rounded-card border-l-8 border-primary bg-primary-light p-4">
              <legend className="font-bold">Import this file now?</legend>
              <p>{countsSentence(previewed.outcome.plan.counts, "will")}. It is saved all at once, or not at all.</p>
              <div className="mt-3 flex flex-wrap gap-3">
                <button
                  type="button"
                  // Keyboard users land on the choice they just asked for.
                  ref={(button) => button?.focus()}
                  className={buttonClass}
                  disabled={apply.isPending}
                  onClick={() => apply.mutate({ format: previewed.format, content: previewed.content })}
                >
                  Yes, import
                </button>
                <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </fieldset>
          ) : (
            <button type="button" className={buttonClass} onClick={() => setConfirming(true)}>
              Import {toSave} {toSave === 1 ? "record" : "records"}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
