"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MIN_PASSWORD_LENGTH, type NewStaffAccount, NewStaffAccountSchema } from "@legible/core";
import { buttonClass } from "@legible/ui/button";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Controller, type FieldErrors, useForm } from "react-hook-form";
import { ErrorSummary, type SummaryItem } from "@/components/form-kit/error-summary";
import { FieldFrame, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass } from "@/components/form-kit/styles";
import { TextInputField } from "@/components/form-kit/text-field";
import { issuesByField } from "@/lib/form-kit/issues";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { sentenceFor } from "@/lib/form-kit/sentences";
import { useTRPC } from "@/lib/trpc";
import { ROLE_CHOICES } from "./roles";

const FIELDS = [
  { name: "name", label: "Name", id: "staff-name" },
  { name: "email", label: "Email", id: "staff-email" },
  { name: "role", label: "Role", id: "staff-role" },
  { name: "password", label: "Temporary password", id: "staff-password" },
] as const;
const EMPTY: NewStaffAccount = { name: "", email: "", role: "editor", password: "" };

/**
 * Adds a staff account. Core's NewStaffAccountSchema is the check, here before sending and again
 * in the api's router; problems from either show field by field, beside each field and in the
 * error summary, which takes focus.
 */
export function AddStaffForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<NewStaffAccount>({
    defaultValues: EMPTY,
    resolver: zodResolver(NewStaffAccountSchema),
    // The error summary takes focus, as after a refused save; the library would focus the field.
    shouldFocusError: false,
  });
  const [added, setAdded] = useState<string | null>(null);
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const create = useMutation(trpc.users.create.mutationOptions());
  useEffect(() => {
    if (problems.length) summaryRef.current?.focus();
  }, [problems]);

  /** Each field's sentences, beside it and as links in the summary; what names no field, in the summary alone. */
  const showProblems = (byField: Partial<Record<(typeof FIELDS)[number]["name"], string[]>>, general: string[]) => {
    const items: SummaryItem[] = general.map((message) => ({ target: null, message }));
    for (const field of FIELDS) {
      const messages = (byField[field.name] ?? []).map((message) => sentenceFor(field.label, message));
      if (messages.length) form.setError(field.name, { type: "server", message: messages.join(" ") });
      items.push(...messages.map((message) => ({ target: field.id, message })));
    }
    setProblems(items);
  };

  const refused = (errors: FieldErrors<NewStaffAccount>) => {
    setAdded(null);
    showProblems(
      Object.fromEntries(
        FIELDS.map((field) => [field.name, errors[field.name]?.message ? [errors[field.name]?.message] : []]),
      ),
      [],
    );
  };

  const submit = form.handleSubmit(async (values) => {
    setAdded(null);
    setProblems([]);
    try {
      const account = await create.mutateAsync(values);
      form.reset(EMPTY);
      setAdded(`Added ${account.name} as ${account.role}. Give them the temporary password.`);
      await queryClient.invalidateQueries(trpc.users.list.pathFilter());
    } catch (error) {
      const failure = readSaveFailure(error);
      const grouped = issuesByField(
        failure.issues,
        FIELDS.map((field) => field.name),
      );
      const byField = Object.fromEntries(
        FIELDS.map((field) => [field.name, (grouped.byField[field.name] ?? []).map((issue) => issue.message)]),
      );
      const general = grouped.general.map((issue) => issue.message);
      const placed = general.length + Object.values(byField).flat().length;
      showProblems(byField, placed ? general : [failure.message]);
    }
  }, refused);

  const roleErrors = form.formState.errors.role?.message ? [form.formState.errors.role.message] : [];
  const roleIds = { ...fieldIds("staff-role", undefined, roleErrors), control: "staff-role" };
  return (
    <section aria-labelledby="add-staff" className="mt-10 max-w-xl rounded-card border border-line bg-paper p-5">
      <h2 id="add-staff" className="font-serif text-2xl font-bold">
        Add a staff member
      </h2>
      <div className="mt-4">
        <ErrorSummary ref={summaryRef} items={problems} />
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate className="mt-4 space-y-4">
        {FIELDS.map((field) =>
          field.name === "role" ? (
            <FieldFrame key={field.name} ids={roleIds} label={field.label} errors={roleErrors}>
              <select id={roleIds.control} {...form.register("role")} className={controlClass(false)}>
                {ROLE_CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </FieldFrame>
          ) : (
            <Controller
              key={field.name}
              control={form.control}
              name={field.name}
              render={({ field: control, fieldState }) => (
                <TextInputField
                  id={field.id}
                  label={field.label}
                  type={field.name === "email" ? "email" : "text"}
                  autoComplete={field.name === "password" ? "new-password" : "off"}
                  hint={field.name === "password" ? `At least ${MIN_PASSWORD_LENGTH} characters.` : undefined}
                  required
                  value={control.value}
                  onChange={(value) => {
                    control.onChange(value);
                    form.clearErrors(field.name);
                  }}
                  onBlur={control.onBlur}
                  errors={fieldState.error?.message ? [fieldState.error.message] : undefined}
                />
              )}
            />
          ),
        )}
        <div role="status">{added && <p className="font-bold">{added}</p>}</div>
        <button type="submit" disabled={create.isPending} className={buttonClass("primary")}>
          {create.isPending ? "Adding…" : "Add staff member"}
        </button>
      </form>
    </section>
  );
}
