"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type Correction, CorrectionSchema } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { useId } from "react";
import { Controller, type Resolver, useForm } from "react-hook-form";
import { FieldFrame, fieldIds } from "../form-kit/field-frame";
import { controlClass } from "../form-kit/styles";
import { TextAreaField } from "../form-kit/text-field";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

interface CorrectionValues {
  text: string;
  date: string;
}

function correctionOf(values: CorrectionValues): Correction {
  return {
    id: `correction-${Date.now().toString(36)}`,
    date: `${values.date || today()}T00:00:00Z`,
    text: values.text,
  };
}

/** Core's schema for a correction, checked on the correction the typed values make. */
const correctionResolver: Resolver<CorrectionValues, unknown, Correction> = async (values, context, options) => {
  const checked = await zodResolver(CorrectionSchema)(correctionOf(values), context, options as never);
  return checked.errors && Object.keys(checked.errors).length
    ? { values: {}, errors: checked.errors as never }
    : { values: checked.values as Correction, errors: {} };
};

/** Adds a public correction note (what was wrong, and the date) to the working copy. */
export function CorrectionForm({ onAdd }: { onAdd: (correction: Correction) => void }) {
  const textId = useId();
  const dateIds = { ...fieldIds("", undefined, []), control: `${textId}-date` };
  const form = useForm<CorrectionValues, unknown, Correction>({
    defaultValues: { text: "", date: today() },
    resolver: correctionResolver,
  });
  // Not a <form>: it sits inside the explainer editor, whose own save is the only submit.
  const add = form.handleSubmit(
    (correction) => {
      onAdd(correction);
      form.reset({ text: "", date: form.getValues("date") });
    },
    () => document.getElementById(textId)?.focus(),
  );
  return (
    <fieldset className="mt-3 rounded border border-line p-3">
      <legend className="px-1 font-bold">Add a public correction</legend>
      <p className="text-sm text-muted">
        Corrections are shown to residents and can never be changed or removed once saved.
      </p>
      <Controller
        control={form.control}
        name="text"
        render={({ field, fieldState }) => (
          <TextAreaField
            id={textId}
            label="What was wrong, and what changed"
            rows={3}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errors={fieldState.error?.message ? [fieldState.error.message] : undefined}
          />
        )}
      />
      <div className="mt-3">
        <FieldFrame ids={dateIds} label="Date of the correction" errors={[]}>
          <input id={dateIds.control} type="date" required {...form.register("date")} className={controlClass(false)} />
        </FieldFrame>
      </div>
      <div className="mt-3">
        <button type="button" className={buttonClass("secondary")} onClick={() => void add()}>
          Add correction (then save)
        </button>
      </div>
    </fieldset>
  );
}
