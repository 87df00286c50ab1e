"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { type AnyRecord, useRecordApi } from "@/lib/records/api";
import { type CollectionConfig, titleOf } from "@/lib/records/collection";
import { type ConflictInfo, readFailure } from "@/lib/records/server-errors";
import { AgendaField } from "../meetings/agenda-field";
import { LinksField } from "../meetings/links-field";
import { LocationField } from "../meetings/location-field";
import { MeetingWhen } from "../meetings/meeting-when";
import { MergePerson } from "../merge/merge-person";
import { VoteTally } from "../votes/vote-tally";
import { ConflictNotice } from "./conflict-notice";
import { DeleteRecord } from "./delete-record";
import { ErrorSummary } from "./error-summary";
import { FieldInput } from "./field-input";
import { buttonClass, linkClass } from "./styles";
import { useRecordForm } from "./use-record-form";
import { useUnsavedWarning } from "./use-unsaved-warning";

/**
 * The form for one record of any collection: fields from the collection's description,
 * core's schema checked as the user types, the server's problems placed on their fields,
 * and saves that never overwrite a colleague's newer version.
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
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [reloading, setReloading] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<"status" | "summary" | null>(savedVersion ? "status" : null);
  const save = useMutation(isNew ? api.create.mutationOptions() : api.update.mutationOptions());
  useUnsavedWarning(form.dirty);

  useEffect(() => {
    if (focusTarget === "status") statusRef.current?.focus();
    if (focusTarget === "summary") summaryRef.current?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setConflict(null);
    if (form.clientIssues.length) {
      form.showAll();
      setFocusTarget("summary");
      return;
    }
    try {
      const saved = (await save.mutateAsync(form.record as never)) as AnyRecord;
      await queryClient.invalidateQueries(api.pathFilter());
      if (isNew) {
        form.saved(saved);
        router.replace(`/${config.slug}/${encodeURIComponent(saved.id)}?saved=${saved.version}`);
        return;
      }
      form.saved(saved);
      setStatus(`Saved. Version ${saved.version}.`);
      setFocusTarget("status");
    } catch (error) {
      const failure = readFailure(error);
      if (failure.conflict) {
        setConflict(failure.conflict);
        return;
      }
      form.showAll(failure.issues.length ? failure.issues : [{ path: "", message: failure.message }]);
      setFocusTarget("summary");
    }
  }

  async function reloadTheirs() {
    setReloading(true);
    try {
      const latest = await queryClient.fetchQuery({
        ...api.get.queryOptions({ id: String(initial.id) }),
        staleTime: 0,
      });
      const result = form.reapplyOnto(latest as AnyRecord);
      setConflict(null);
      const overlap = result.overlapping.length
        ? ` You both changed ${result.overlapping.join(", ")}: your value is kept there, so check it.`
        : "";
      setStatus(
        `Their version ${(latest as AnyRecord).version} is loaded, with your changes on top${result.kept.length ? ` (${result.kept.join(", ")})` : ""}. Nothing is saved yet.${overlap}`,
      );
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
        {conflict && <ConflictNotice conflict={conflict} onReload={reloadTheirs} busy={reloading} />}
        <ErrorSummary ref={summaryRef} items={form.submitted ? form.summary : []} />
      </div>
      <form onSubmit={submit} noValidate className="mt-6 space-y-6">
        {config.fields.map((field) =>
          field.kind === "custom" ? (
            <CustomField key={field.name} component={field.component} form={form} />
          ) : (
            <FieldInput
              key={field.name}
              field={field}
              value={form.values[field.name]}
              errors={form.errorsOf(field.name)}
              issues={form.issuesOf(field.name)}
              formValues={form.values}
              isNew={isNew}
              onChange={(value) => form.setValue(field.name, value)}
              onBlur={() => form.touch(field.name)}
            />
          ),
        )}
        <div className="flex flex-wrap items-center gap-4 border-t border-line pt-6">
          <button type="submit" className={buttonClass} disabled={save.isPending}>
            {save.isPending ? "Saving…" : isNew ? `Save new ${config.singular}` : "Save changes"}
          </button>
          <Link href={`/${config.slug}`} className={linkClass}>
            Back to {config.plural}
          </Link>
          {form.dirty && <span className="text-muted">You have changes that are not saved.</span>}
        </div>
      </form>
      {!isNew && config.router === "people" && <MergePerson id={String(initial.id)} name={title} />}
      {!isNew && form.version !== undefined && (
        <DeleteRecord config={config} id={String(initial.id)} title={title} version={form.version} />
      )}
    </>
  );
}

/** The editors of fields no single control can edit: a vote's tally, a meeting's times, place, agenda and links. */
function CustomField({
  component,
  form,
}: {
  component: Extract<CollectionConfig["fields"][number], { kind: "custom" }>["component"];
  form: ReturnType<typeof useRecordForm>;
}) {
  switch (component) {
    case "voteTally":
      return <VoteTally form={form} />;
    case "meetingWhen":
      return <MeetingWhen form={form} />;
    case "meetingLocation":
      return <LocationField form={form} />;
    case "meetingAgenda":
      return <AgendaField form={form} />;
    case "meetingDocuments":
      return <LinksField form={form} name="documents" />;
    case "meetingMedia":
      return <LinksField form={form} name="media" />;
    default:
      return null;
  }
}
