"use client";

import type { StaffRole } from "@legible/api";
import { type Explainer, ExplainerSchema, lintExplainer, parseWith } from "@legible/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { draftKey } from "@/lib/form-kit/drafts";
import { sameJson } from "@/lib/form-kit/same-json";
import { type AdminError, readSaveFailure } from "@/lib/form-kit/save-failure";
import { useTRPC } from "@/lib/trpc";
import { DraftOffer } from "../form-kit/draft-offer";
import { ErrorSummary } from "../form-kit/error-summary";
import { TextInputField } from "../form-kit/text-field";
import { useDraft } from "../form-kit/use-draft";
import { useLeaveWarning } from "../form-kit/use-leave-warning";
import { useSaveShortcut } from "../form-kit/use-save-shortcut";
import { DeleteRecord } from "../records/delete-record";
import { BlockList } from "./block-list";
import { sourceNumbersOf, useDraftPreview } from "./draft-preview";
import { HistoryPanel } from "./history-panel";
import { countIssues, type PlacedIssues, placeIssues } from "./issues-by-block";
import { LintPanel } from "./lint-panel";
import { LANGUAGE_NAMES } from "./other-language";
import { reapplyEdits } from "./reapply-edits";
import { RecordsChangedPanel, type RecordsCheckOutcome } from "./records-changed-panel";
import { type ReviewOutcome, ReviewPanel } from "./review-panel";
import { ReviewerNote } from "./reviewer-note";
import { SaveBar } from "./save-bar";
import type { SaveState } from "./save-state";
import { SidePanel, useOtherLanguage } from "./side-panel";
import { StatusBadge } from "./status-badge";
import { explainerSummaryItems } from "./summary-items";
import { usePreviewRecords } from "./use-preview-records";

const NO_ISSUES: PlacedIssues = { fields: {}, blocks: {} };

/** What a save sends that staff can change here: the rest moves only through review steps. */
function editable(explainer: Explainer): Editable {
  const { headline, blocks, corrections, translationOf } = explainer;
  return { headline, blocks, corrections, translationOf };
}
type Editable = Pick<Explainer, "headline" | "blocks" | "corrections" | "translationOf">;
const EDITABLE_KEYS = ["headline", "blocks", "corrections", "translationOf"] as const;

/**
 * The editor for one loaded explainer: its working copy (react-hook-form holds the parts staff
 * edit; the rest is the version loaded), checks, preview, saving and review.
 */
export function LoadedEditor({ loaded, role, publicUrl }: { loaded: Explainer; role: StaffRole; publicUrl: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(loaded);
  const form = useForm<Editable>({ defaultValues: editable(loaded) });
  const edits = useWatch({ control: form.control }) as Editable;
  const draft: Explainer = { ...base, ...edits };
  const [issues, setIssues] = useState<PlacedIssues>(NO_ISSUES);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  const [reapplying, setReapplying] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  // After a refused save, the error summary takes focus (as on the record forms).
  useEffect(() => {
    if (saveState.kind === "invalid") summaryRef.current?.focus();
  }, [saveState]);
  // Compared as data: a missing translationOf and an undefined one are the same.
  const dirty = !sameJson(editable(draft), editable(base));
  useLeaveWarning(dirty);
  const kept = useDraft<Editable>({
    key: draftKey("explainers", base.id, base.version),
    values: editable(draft),
    loaded: editable(base),
    dirty,
  });
  /** Lays edits over the form's current values, as the user's own (unsaved) changes. */
  const applyEdits = (next: Editable) => {
    for (const key of EDITABLE_KEYS) {
      if (!sameJson(next[key], form.getValues(key))) form.setValue(key, next[key], { shouldDirty: true });
    }
  };

  const checked = useDeferredValue(draft);
  // Lint weighs perspectives by the statements they link to, and flags blocks citing records
  // changed since the last review: the staff API gathers both.
  const lintRecords = useQuery(trpc.explainers.lintRecords.queryOptions({ id: loaded.id }));
  const recordChanges = lintRecords.data?.recordChanges ?? null;
  const findings = useMemo(
    () =>
      lintExplainer(checked, {
        statements: lintRecords.data?.statements ?? [],
        changes: lintRecords.data?.recordChanges?.changes ?? [],
      }),
    [checked, lintRecords.data],
  );
  const blockers = findings.filter((finding) => finding.severity === "error");
  const other = useOtherLanguage(draft);
  const { titles } = usePreviewRecords([draft.blocks, other?.blocks ?? []]);
  const preview = useDraftPreview(draft);
  const measure = useQuery(trpc.measures.get.queryOptions({ id: draft.measureId }));

  const accept = (saved: Explainer) => {
    kept.clear();
    setBase(saved);
    form.reset(editable(saved));
    setIssues(NO_ISSUES);
    queryClient.setQueryData(trpc.explainers.get.queryKey({ id: saved.id }), saved);
    void queryClient.invalidateQueries(trpc.explainers.list.pathFilter());
    void queryClient.invalidateQueries(trpc.explainers.history.queryFilter({ id: saved.id }));
    void queryClient.invalidateQueries(trpc.dashboard.overview.pathFilter());
    void queryClient.invalidateQueries(trpc.explainers.lintRecords.queryFilter({ id: saved.id }));
  };
  const refused = (error: AdminError): boolean => {
    const { conflict } = readSaveFailure(error);
    if (conflict) {
      setSaveState({ kind: "conflict", conflict });
      return true;
    }
    return false;
  };

  const update = useMutation(trpc.explainers.update.mutationOptions());
  const save = () => {
    if (saveState.kind === "saving") return;
    const sentIds = draft.blocks.map((block) => block.id);
    const parsed = parseWith(ExplainerSchema, { ...draft, version: base.version });
    if (!parsed.ok) {
      const placed = placeIssues(parsed.issues, sentIds);
      setIssues(placed);
      setSaveState({ kind: "invalid", count: countIssues(placed) });
      return;
    }
    setSaveState({ kind: "saving" });
    update.mutate(parsed.value, {
      onSuccess: (saved) => {
        accept(saved as Explainer);
        setSaveState({ kind: "saved", version: saved.version ?? 0, at: saved.updatedAt ?? new Date().toISOString() });
      },
      onError: (error) => {
        if (refused(error)) return;
        const failure = readSaveFailure(error);
        if (failure.issues.length) {
          const placed = placeIssues(failure.issues, sentIds);
          setIssues(placed);
          setSaveState({ kind: "invalid", count: countIssues(placed) });
        } else {
          setSaveState({ kind: "failed", message: failure.message });
        }
      },
    });
  };
  useSaveShortcut(save);

  const reapply = async () => {
    if (saveState.kind !== "conflict") return;
    setReapplying(true);
    try {
      const theirs = (await queryClient.fetchQuery({
        ...trpc.explainers.get.queryOptions({ id: base.id }),
        staleTime: 0,
      })) as Explainer;
      const { merged, kept: changed, overlaps } = reapplyEdits(base, draft, theirs);
      setBase(theirs);
      form.reset(editable(theirs));
      applyEdits(editable(merged));
      setIssues(NO_ISSUES);
      setSaveState({
        kind: "reapplied",
        reapplied: {
          version: theirs.version ?? 0,
          by: saveState.conflict.updatedBy,
          kept: changed,
          overlapping: overlaps,
        },
      });
    } catch (error) {
      setSaveState({ kind: "failed", message: readSaveFailure(error).message });
    } finally {
      setReapplying(false);
    }
  };

  const submit = useMutation(trpc.explainers.submit.mutationOptions());
  const returnToDraft = useMutation(trpc.explainers.returnToDraft.mutationOptions());
  const publish = useMutation(trpc.explainers.publish.mutationOptions());
  const busy = submit.isPending || returnToDraft.isPending || publish.isPending;
  const confirmRecords = useMutation(trpc.explainers.confirmRecords.mutationOptions());
  const [recordsCheck, setRecordsCheck] = useState<RecordsCheckOutcome | null>(null);
  const onConfirmRecords = () => {
    const newest = recordChanges?.changes[0]?.updatedAt;
    if (!newest) return;
    confirmRecords.mutate(
      { id: base.id, seenThrough: newest },
      {
        onSuccess: ({ publicSiteRefreshed }) => setRecordsCheck({ kind: "confirmed", publicSiteRefreshed }),
        onError: (error) => setRecordsCheck({ kind: "failed", message: error.message }),
        onSettled: () => {
          void queryClient.invalidateQueries(trpc.explainers.lintRecords.queryFilter({ id: base.id }));
          void queryClient.invalidateQueries(trpc.dashboard.overview.pathFilter());
          void queryClient.invalidateQueries(trpc.explainers.history.queryFilter({ id: base.id }));
        },
      },
    );
  };
  const onStepError = (error: AdminError) => {
    if (!refused(error)) {
      const failure = readSaveFailure(error);
      const details = failure.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
      setOutcome({ kind: "failed", message: details ? `${failure.message} (${details})` : failure.message });
    } else {
      setOutcome({
        kind: "failed",
        message: "Someone else saved this explainer meanwhile: see the message at the top.",
      });
    }
  };
  const step = { id: base.id, version: base.version ?? 1 };

  return (
    <div>
      <p>
        <Link href="/explainers" className="text-primary underline">
          All explainers
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Edit explainer</h1>
      <p className="mt-1">
        {LANGUAGE_NAMES[draft.locale]} explainer of{" "}
        <span className="font-bold">{measure.data?.title ?? draft.measureId}</span> <StatusBadge status={base.status} />
      </p>
      {draft.translationOf ? (
        <p className="mt-1 text-muted">
          Translates{" "}
          <Link href={`/explainers/${encodeURIComponent(draft.translationOf)}`} className="text-primary underline">
            the English explainer
          </Link>
          .
        </p>
      ) : null}

      {kept.offer ? (
        <div className="mt-4">
          <DraftOffer
            draft={kept.offer}
            onRestore={() => {
              const values = kept.restore();
              if (values) applyEdits(values);
            }}
            onDiscard={kept.discard}
          />
        </div>
      ) : null}
      <ReviewerNote explainer={base} />
      <SaveBar state={saveState} dirty={dirty} onSave={save} onReapply={() => void reapply()} reapplying={reapplying} />
      <div className="mt-3">
        <ErrorSummary ref={summaryRef} items={explainerSummaryItems(issues, draft.blocks)} />
      </div>
      {recordChanges ? (
        <RecordsChangedPanel
          reviewedAt={recordChanges.reviewedAt}
          changes={recordChanges.changes}
          role={role}
          busy={confirmRecords.isPending}
          outcome={recordsCheck}
          onConfirm={onConfirmRecords}
        />
      ) : null}

      <div className="mt-4 grid gap-6 xl:grid-cols-2">
        <div className="min-w-0">
          <Controller
            control={form.control}
            name="headline"
            render={({ field }) => (
              <TextInputField
                id="headline"
                label="Headline"
                value={field.value}
                lang={draft.locale}
                required
                onChange={field.onChange}
                onBlur={field.onBlur}
                errors={issues.fields.headline}
              />
            )}
          />
          <Controller
            control={form.control}
            name="blocks"
            render={({ field }) => (
              <BlockList
                blocks={field.value}
                locale={draft.locale}
                measureId={draft.measureId}
                sourceTitles={titles}
                numbers={sourceNumbersOf(preview.view)}
                errors={issues.blocks}
                onChange={field.onChange}
              />
            )}
          />
          <Controller
            control={form.control}
            name="corrections"
            render={({ field }) => (
              <HistoryPanel
                explainer={draft}
                savedCorrectionIds={new Set(base.corrections.map((correction) => correction.id))}
                onCorrectionsChange={field.onChange}
              />
            )}
          />
        </div>
        <div className="min-w-0 space-y-4">
          <LintPanel findings={findings} blocks={checked.blocks} />
          <ReviewPanel
            explainer={base}
            role={role}
            dirty={dirty}
            blockers={blockers}
            busy={busy}
            outcome={outcome}
            publicUrl={publicUrl}
            onSubmit={() =>
              submit.mutate(step, {
                onSuccess: (saved) => {
                  accept(saved as Explainer);
                  setOutcome({ kind: "submitted" });
                },
                onError: onStepError,
              })
            }
            onReturn={(note) =>
              returnToDraft.mutate(
                { ...step, note },
                {
                  onSuccess: (saved) => {
                    accept(saved as Explainer);
                    setOutcome({ kind: "returned" });
                  },
                  onError: onStepError,
                },
              )
            }
            onPublish={() =>
              publish.mutate(step, {
                onSuccess: ({ explainer, publicSiteRefreshed }) => {
                  accept(explainer as Explainer);
                  setOutcome({
                    kind: "published",
                    revision: explainer.revisions.at(-1)?.number ?? 1,
                    publicSiteRefreshed,
                  });
                },
                onError: onStepError,
              })
            }
          />
          <SidePanel draft={draft} preview={preview} other={other} publicUrl={publicUrl} />
          {(role === "admin" || role === "editor") && (
            <DeleteRecord
              config={{ router: "explainers", slug: "explainers", singular: "explainer" }}
              id={base.id}
              title={base.headline}
              version={base.version ?? 1}
            />
          )}
        </div>
      </div>
    </div>
  );
}
