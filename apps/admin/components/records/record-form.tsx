"use client";

import { buttonClass } from "@legible/ui/button";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Controller } from "react-hook-form";
import { draftKey } from "@/lib/form-kit/drafts";
import { type ConflictDetails, readSaveFailure } from "@/lib/form-kit/save-failure";
import { type AnyRecord, useRecordApi } from "@/lib/records/api";
import { type CollectionConfig, titleOf } from "@/lib/records/collection";
import type { FormValues } from "@/lib/records/fields";
import { ConflictNotice, type Reapplied, ReapplyNotice } from "../form-kit/conflict-notice";
import { DraftOffer } from "../form-kit/draft-offer";
import { ErrorSummary } from "../form-kit/error-summary";
import { linkClass } from "../form-kit/styles";
import { useDraft } from "../form-kit/use-draft";
import { useLeaveWarning } from "../form-kit/use-leave-warning";
import { useSaveShortcut } from "../form-kit/use-save-shortcut";
import { MergePerson } from "../merge/merge-person";
import { CustomField } from "./custom-field";
import { DeleteRecord } from "./delete-record";
import { FieldInput } from "./field-input";
import { useRecordForm } from "./use-record-form";

/**
 * The form for one record of any collection: fields from the collection's description,
 * core's schema checked as the user goes, the server's problems placed on their fields,
 * saves that never overwrite a colleague's newer version, Ctrl+S, and unsaved work kept
 * in the browser until saved or discarded.
 */
export function RecordForm({
  config,
  initial,
  isNew,
  savedVersion,
}: {
  config: CollectionConfig;
  initial: Record<string, unknown>;
  isNew: boolean;
  /** Set when the page opens right after creating the record. */
  savedVersion?: number | undefined;
}) {
  const api = useRecordApi(config.router);
  const queryClient = useQueryClient();
  const router = useRouter();
  const form = useRecordForm(config, initial, isNew);
  const [status, setStatus] = useState<string | null>(savedVersion ? `Saved. Version ${savedVersion}.` : null);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [reapplied, setReapplied] = useState<Reapplied | null>(null);
  const [reloading, setReloading] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const reappliedRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<"status" | "summary" | "reapplied" | null>(
    savedVersion ? "status" : null,
  );
  const save = useMutation(isNew ? api.create.mutationOptions() : api.update.mutationOptions());
  const draft = useDraft<FormValues>({
    key: draftKey(config.slug, isNew ? null : String(initial.id), form.version),
    values: form.values,
    loaded: form.loaded,
    dirty: form.dirty,
  });
  useLeaveWarning(form.dirty);

  // Runs after every render: the summary appears only once react-hook-form has published the
  // failed submit (after its onInvalid callback), so focus waits until the target is there.
  useEffect(() => {
    if (focusTarget === null) return;
    const target = { status: statusRef, summary: summaryRef, reapplied: reappliedRef }[focusTarget].current;
    if (!target) return;
    target.focus();
    setFocusTarget(null);
  });

  async function saveRecord(record: Record<string, unknown>) {
    try {
      const saved = (await save.mutateAsync(record as never)) as AnyRecord;
      draft.clear();
      await queryClient.invalidateQueries(api.pathFilter());
      form.saved(saved);
      if (isNew) {
        router.replace(`/${config.slug}/${encodeURIComponent(saved.id)}?saved=${saved.version}`);
        return;
      }
      setStatus(`Saved. Version ${saved.version}.`);
      setFocusTarget("status");
    } catch (error) {
      const failure = readSaveFailure(error);
      if (failure.conflict) {
        setConflict(failure.conflict);
        return;
      }
      form.showServerIssues(failure.issues.length ? failure.issues : [{ path: "", message: failure.message }]);
      setFocusTarget("summary");
    }
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (save.isPending) return;
    setStatus(null);
    setConflict(null);
    setReapplied(null);
    void form.submit(saveRecord, () => setFocusTarget("summary"));
  }
  useSaveShortcut(submit);

  async function reloadTheirs() {
    if (!conflict) return;
    setReloading(true);
    try {
      const latest = (await queryClient.fetchQuery({
        ...api.get.queryOptions({ id: String(initial.id) }),
        staleTime: 0,
      })) as AnyRecord;
      const result = form.reapplyOnto(latest);
      setReapplied({ version: latest.version ?? 0, by: conflict.updatedBy, ...result });
      setConflict(null);
      setFocusTarget("reapplied");
    } catch (error) {
      setStatus(`Their version could not be loaded: ${readSaveFailure(error).message}`);
      setFocusTarget("status");
    } finally {
      setReloading(false);
    }
  }

  const title = isNew ? `New ${config.singular}` : titleOf(config, initial);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold break-words">{title}</h1>
      {!isNew && (
        <p className="mt-1 text-muted">
          Version {form.version} ·{" "}
          <Link className={linkClass} href={`/${config.slug}/${encodeURIComponent(String(initial.id))}/history`}>
            History of this {config.singular}
          </Link>
        </p>
      )}
      <div
        ref={statusRef}
        role="status"
        tabIndex={-1}
        className={status ? "mt-4 rounded-card border-l-8 border-success bg-paper p-4 font-bold" : "sr-only"}
      >
        {status}
      </div>
      <div className="mt-4 space-y-4">
        {draft.offer && (
          <DraftOffer
            draft={draft.offer}
            onRestore={() => {
              const values = draft.restore();
              if (values) form.restore(values);
            }}
            onDiscard={draft.discard}
          />
        )}
        {conflict && <ConflictNotice conflict={conflict} thing="record" onReload={reloadTheirs} busy={reloading} />}
        {reapplied && (
          <div ref={reappliedRef} tabIndex={-1}>
            <ReapplyNotice reapplied={reapplied} />
          </div>
        )}
        <ErrorSummary ref={summaryRef} items={form.submitted ? form.summary : []} />
      </div>
      <form onSubmit={submit} noValidate className="mt-6 space-y-6">
        {config.fields.map((field) => (
          <Controller
            key={field.name}
            control={form.control}
            name={field.name}
            render={({ field: control }) => {
              const onChange = (value: unknown) => {
                control.onChange(value);
                form.changed(field.name, value);
              };
              return field.kind === "custom" ? (
                <CustomField
                  component={field.component}
                  name={field.name}
                  label={field.label}
                  value={control.value}
                  onChange={onChange}
                  onBlur={control.onBlur}
                  issues={form.issuesWithin(field.name)}
                  formValues={form.values}
                  setFieldValue={form.setFieldValue}
                  errorsOf={form.errorsOf}
                  issuesOf={form.issuesOf}
                />
              ) : (
                <FieldInput
                  field={field}
                  value={control.value}
                  errors={form.errorsOf(field.name)}
                  issues={form.issuesOf(field.name)}
                  formValues={form.values}
                  isNew={isNew}
                  onChange={onChange}
                  onBlur={control.onBlur}
                />
              );
            }}
          />
        ))}
        <div className="flex flex-wrap items-center gap-4 border-t border-line pt-6">
          <button type="submit" className={buttonClass("primary")} disabled={save.isPending}>
            {save.isPending ? "Saving…" : isNew ? `Save new ${config.singular}` : "Save changes"}
          </button>
          <Link href={`/${config.slug}`} className={linkClass}>
            Back to {config.plural}
          </Link>
          {form.dirty && <span className="text-muted">You have changes that are not saved. Ctrl+S saves.</span>}
        </div>
      </form>
      {!isNew && config.router === "people" && <MergePerson id={String(initial.id)} name={title} />}
      {!isNew && form.version !== undefined && (
        <DeleteRecord config={config} id={String(initial.id)} title={title} version={form.version} />
      )}
    </>
  );
}
