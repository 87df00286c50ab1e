"use client";

import type { AdminRouter } from "@legible/api";
import type { ImportFormat } from "@legible/core";
import { buttonClass } from "@legible/ui";
import { fieldDescription } from "@legible/ui/field";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { ErrorSummary } from "@/components/form-kit/error-summary";
import { FieldFrame, type FieldIds } from "@/components/form-kit/field-frame";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { type ChosenFile, combineOutcomes, groupFiles, readsFile } from "@/lib/transfer/many-files";
import { importJobHref, LARGE_FILE_BYTES, sizeInWords, uploadForImport } from "@/lib/transfer/upload";
import { counted, countsSentence, FORMAT_CHOICES } from "@/lib/transfer/words";
import { useTRPC } from "@/lib/trpc";
import { ImportJobView } from "./import-job-view";
import { ImportPreview } from "./import-preview";

type Outcome = inferRouterOutputs<AdminRouter>["transfer"]["preview"];

/** The file that was previewed: an import saves exactly this, never a file changed since. */
interface Previewed {
  format: ImportFormat;
  content: string;
  name: string;
  outcome: Outcome;
  /** Many files: the groups they are sent and saved in, one request and one transaction each. */
  groups?: ChosenFile[][];
}

/** Where sending many files in groups has got to. */
interface GroupProgress {
  doing: "checking" | "saving";
  done: number;
  total: number;
}

const primaryButtonClass = buttonClass("primary");
const secondaryButtonClass = buttonClass("secondary");
const FILE_ID = "import-file";

/** The frame's ids for a control that keeps its own id (the no-JSON check knows the paste box by it). */
function idsFor(control: string, hint: ReactNode, errors: readonly string[]): FieldIds {
  return {
    control,
    hint: `${control}-hint`,
    error: `${control}-error`,
    describedBy: fieldDescription(control, hint, errors),
  };
}

const FILE_HINT =
  "Choose several files to import them together. A file larger than 800 KB is too large to preview: it is imported in the background, in batches, and you can follow it here or on its own page.";
const FOLDER_HINT =
  "Every file of this format in the folder and its subfolders, such as an Open States people folder. Not every browser can choose a folder.";

export function ImportPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const [format, setFormat] = useState<ImportFormat>("popolo");
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<Outcome | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [groupProgress, setGroupProgress] = useState<GroupProgress | null>(null);
  const [groupProblem, setGroupProblem] = useState<string | null>(null);
  /** A file too large to preview, waiting for staff to start its import in the background. */
  const [large, setLarge] = useState<{ file: File; format: ImportFormat } | null>(null);
  /** How much of the large file has been sent, 0 to 1; null when nothing is being sent. */
  const [sent, setSent] = useState<number | null>(null);
  const [uploadProblem, setUploadProblem] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // As on every staff form, a refused submit takes focus to the summary of what to fix.
  useEffect(() => {
    if (formProblem) summaryRef.current?.focus();
  }, [formProblem]);

  const preview = useMutation(trpc.transfer.preview.mutationOptions());
  const previewFiles = useMutation(trpc.transfer.previewFiles.mutationOptions());
  const importFiles = useMutation(trpc.transfer.importFiles.mutationOptions());
  const apply = useMutation(
    trpc.transfer.import.mutationOptions({
      onSuccess: async (outcome) => {
        setResult(outcome);
        setConfirming(false);
        if (outcome.ok) await queryClient.invalidateQueries();
      },
    }),
  );

  const busy = preview.isPending || apply.isPending || groupProgress !== null || sent !== null;

  function startOver() {
    setPreviewed(null);
    setResult(null);
    setLarge(null);
    setUploadProblem(null);
  }

  async function importLarge(file: File, chosenFormat: ImportFormat) {
    setUploadProblem(null);
    setSent(0);
    const outcome = await uploadForImport(file, chosenFormat, setSent);
    setSent(null);
    if (!outcome.ok) {
      setUploadProblem(outcome.problem);
      return;
    }
    setLarge(null);
    setJobId(outcome.jobId);
  }

  const chosen = FORMAT_CHOICES.find((choice) => choice.value === format) ?? FORMAT_CHOICES[0];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormProblem(null);
    setResult(null);
    setConfirming(false);
    setPreviewed(null);
    setGroupProblem(null);
    setLarge(null);
    setUploadProblem(null);
    setJobId(null);
    const form = new FormData(event.currentTarget);
    const picked = [...(fileRef.current?.files ?? [])];
    // A folder brings every file in it: only the ones the format reads are sent.
    const inFolder = [...(folderRef.current?.files ?? [])].filter((f) =>
      readsFile(format, f.webkitRelativePath || f.name),
    );
    const chosenFiles = [...picked, ...inFolder];
    const largeFiles = chosenFiles.filter((f) => f.size > LARGE_FILE_BYTES);
    if (largeFiles.length > 0 && chosenFiles.length > 1) {
      setFormProblem(
        `${largeFiles.map((f) => f.name).join(", ")} ${largeFiles.length === 1 ? "is" : "are"} larger than ${sizeInWords(LARGE_FILE_BYTES)}. Choose ${largeFiles.length === 1 ? "it" : "each"} on its own: a large file is imported in the background.`,
      );
      return;
    }
    const file = picked[0];
    if (file && file.size > LARGE_FILE_BYTES) {
      setLarge({ file, format });
      return;
    }
    if (chosenFiles.length > 1 || inFolder.length > 0) {
      await previewMany(chosenFiles);
      return;
    }
    const pasted = String(form.get("pasted") ?? "");
    const content = file ? await file.text() : pasted;
    if (content.trim() === "") {
      setFormProblem("Choose a file, or paste the file's text.");
      return;
    }
    const name = file ? file.name : "the pasted text";
    preview.mutate({ format, content }, { onSuccess: (outcome) => setPreviewed({ format, content, name, outcome }) });
  }

  async function previewMany(files: File[]) {
    const chosen = await Promise.all(
      files.map(async (f) => ({ name: f.webkitRelativePath || f.name, content: await f.text() })),
    );
    const { groups, tooLarge } = groupFiles(chosen);
    if (tooLarge.length > 0) {
      setFormProblem(
        `${tooLarge.join(", ")} ${tooLarge.length === 1 ? "is" : "are"} larger than 800 KB. Split ${tooLarge.length === 1 ? "it" : "them"} into smaller files.`,
      );
      return;
    }
    const outcomes: Outcome[] = [];
    try {
      for (const [i, group] of groups.entries()) {
        setGroupProgress({ doing: "checking", done: i, total: groups.length });
        outcomes.push(await previewFiles.mutateAsync({ format, files: group }));
      }
      setPreviewed({
        format,
        content: "",
        name: counted(chosen.length, "file"),
        outcome: combineOutcomes(outcomes),
        groups,
      });
    } catch (error) {
      setGroupProblem(`The files could not be checked: ${readSaveFailure(error).message}`);
    } finally {
      setGroupProgress(null);
    }
  }

  /** Saves the previewed groups one after another; stops at the first that is refused. */
  async function importMany(groups: ChosenFile[][], chosenFormat: ImportFormat) {
    const outcomes: Outcome[] = [];
    try {
      for (const [i, group] of groups.entries()) {
        setGroupProgress({ doing: "saving", done: i, total: groups.length });
        const outcome = await importFiles.mutateAsync({ format: chosenFormat, files: group });
        outcomes.push(outcome);
        if (!outcome.ok) {
          setGroupProblem(
            `Group ${i + 1} of ${groups.length} was refused and nothing of it was saved.${i > 0 ? ` The ${counted(i, "group")} before it ${i === 1 ? "was" : "were"} saved.` : ""}`,
          );
          break;
        }
      }
    } catch (error) {
      setGroupProblem(
        `Saving stopped at group ${outcomes.length + 1} of ${groups.length}: ${readSaveFailure(error).message}. ${outcomes.length > 0 ? `The ${counted(outcomes.length, "group")} before it ${outcomes.length === 1 ? "was" : "were"} saved.` : "Nothing was saved."}`,
      );
    } finally {
      setGroupProgress(null);
      setConfirming(false);
    }
    if (outcomes.length > 0) {
      setResult(combineOutcomes(outcomes));
      await queryClient.invalidateQueries();
    }
  }

  const toSave = previewed?.outcome.ok
    ? previewed.outcome.plan.counts.create + previewed.outcome.plan.counts.update
    : 0;

  // The form's one problem is about what was chosen: it sits on the File field and in the summary.
  const fileErrors = formProblem ? [formProblem] : [];
  const fileIds = idsFor(FILE_ID, FILE_HINT, fileErrors);
  const folderIds = idsFor("import-folder", FOLDER_HINT, []);
  const pastedIds = idsFor("import-pasted", undefined, []);

  return (
    <section aria-labelledby="import-heading" className="mt-8 rounded-card border border-line bg-paper p-5">
      <h2 id="import-heading" className="font-serif text-2xl font-bold">
        Import a file
      </h2>
      <form onSubmit={submit} className="mt-4 space-y-5" noValidate>
        <ErrorSummary ref={summaryRef} items={formProblem ? [{ target: FILE_ID, message: formProblem }] : []} />
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
                    startOver();
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
        <FieldFrame ids={fileIds} label="File" hint={FILE_HINT} errors={fileErrors}>
          <input
            ref={fileRef}
            id={fileIds.control}
            name="file"
            type="file"
            multiple
            accept={chosen?.accept}
            aria-describedby={fileIds.describedBy}
            aria-invalid={fileErrors.length > 0 || undefined}
            onChange={startOver}
            className="mt-1 block"
          />
        </FieldFrame>
        <FieldFrame ids={folderIds} label="Or choose a folder" hint={FOLDER_HINT} errors={[]}>
          <input
            ref={folderRef}
            id={folderIds.control}
            name="folder"
            type="file"
            multiple
            // Chromium, Firefox and Safari all take a folder with this attribute; React does not know it.
            {...{ webkitdirectory: "" }}
            aria-describedby={folderIds.describedBy}
            onChange={startOver}
            className="mt-1 block"
          />
        </FieldFrame>
        <FieldFrame ids={pastedIds} label="Or paste the file's text" errors={[]}>
          <textarea
            id={pastedIds.control}
            name="pasted"
            rows={5}
            spellCheck={false}
            onChange={startOver}
            className="mt-1 block w-full max-w-2xl rounded border border-muted bg-paper px-3 py-2 font-mono text-sm"
          />
        </FieldFrame>
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          Preview
        </button>
      </form>

      {/* Progress and results are announced as they change; the steps are the real ones, not a guessed percentage. */}
      <div id={statusId} role="status" aria-live="polite" className="mt-5">
        {preview.isPending && <p>Reading and checking the file… Nothing is saved yet.</p>}
        {groupProgress?.doing === "checking" && (
          <p>
            Checking group {groupProgress.done + 1} of {groupProgress.total}… Nothing is saved yet.
          </p>
        )}
        {groupProgress?.doing === "saving" && (
          <p>
            Saving group {groupProgress.done + 1} of {groupProgress.total}… Each group is saved all at once, or not at
            all.
          </p>
        )}
        {groupProblem && <p className="font-bold text-error">{groupProblem}</p>}
        {sent !== null && <p>Sending the file to the server: {Math.round(sent * 100)}% sent…</p>}
        {uploadProblem && <p className="font-bold text-error">The file was not imported: {uploadProblem}</p>}
        {jobId && (
          <p className="font-bold">
            The file is on the server and its import has started.{" "}
            <Link href={importJobHref(jobId)} className="underline">
              Open this import's own page
            </Link>{" "}
            to follow it from anywhere.
          </p>
        )}
        {preview.isError && (
          <p className="font-bold text-error">
            The file could not be checked: {readSaveFailure(preview.error).message}
          </p>
        )}
        {previewed && !result && !apply.isPending && !groupProgress && (
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
          <p className="font-bold text-error">
            The import failed and nothing was saved: {readSaveFailure(apply.error).message}
          </p>
        )}
        {result?.ok && <p className="font-bold">Import done: {countsSentence(result.plan.counts, "did")}.</p>}
        {result && !result.ok && <p className="font-bold text-error">The import was refused and nothing was saved.</p>}
      </div>

      {large && (
        <fieldset className="mt-6 rounded-card border-l-8 border-primary bg-primary-light p-4">
          <legend className="font-bold">
            Import {large.file.name} ({sizeInWords(large.file.size)}) in the background?
          </legend>
          <p>
            This file is too large to preview. The server reads it piece by piece and saves its records in batches, so
            you can leave this page while it runs. Records that are already in Legible are brought up to date. A value
            that does not fit is set aside and listed in the report, and the rest of the file is still imported.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              className={primaryButtonClass}
              disabled={busy}
              onClick={() => void importLarge(large.file, large.format)}
            >
              Import in the background
            </button>
            <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => setLarge(null)}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      {jobId && (
        <div className="mt-6">
          <ImportJobView jobId={jobId} headingLevel={2} />
        </div>
      )}

      {previewed && !result && (
        <ImportPreview outcome={previewed.outcome} title={`What importing ${previewed.name} will do`} tense="will" />
      )}
      {result && <ImportPreview outcome={result} title="What the import did" tense="did" />}

      {previewed?.outcome.ok && !result && (
        <div className="mt-6">
          {toSave === 0 ? (
            <p>
              Everything in {previewed.groups ? "these files" : "this file"} is already in Legible. There is nothing to
              import.
            </p>
          ) : confirming ? (
            <fieldset className="rounded-card border-l-8 border-primary bg-primary-light p-4">
              <legend className="font-bold">Import this file now?</legend>
              <p>
                {countsSentence(previewed.outcome.plan.counts, "will")}.{" "}
                {previewed.groups && previewed.groups.length > 1
                  ? `It is saved in ${previewed.groups.length} groups, one after another; each group is saved all at once, or not at all.`
                  : "It is saved all at once, or not at all."}
              </p>
              <div className="mt-3 flex flex-wrap gap-3">
                <button
                  type="button"
                  // Keyboard users land on the choice they just asked for.
                  ref={(button) => button?.focus()}
                  className={primaryButtonClass}
                  disabled={busy}
                  onClick={() =>
                    previewed.groups
                      ? void importMany(previewed.groups, previewed.format)
                      : apply.mutate({ format: previewed.format, content: previewed.content })
                  }
                >
                  Yes, import
                </button>
                <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </fieldset>
          ) : (
            <button type="button" className={primaryButtonClass} onClick={() => setConfirming(true)}>
              Import {toSave} {toSave === 1 ? "record" : "records"}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
