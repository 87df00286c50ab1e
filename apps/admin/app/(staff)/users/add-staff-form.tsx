"use client";

import type { StaffRole } from "@legible/api";
import { buttonClass } from "@legible/ui/button";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { ErrorSummary, type SummaryItem } from "@/components/form-kit/error-summary";
import { FieldFrame, fieldIds } from "@/components/form-kit/field-frame";
import { controlClass } from "@/components/form-kit/styles";
import { TextInputField } from "@/components/form-kit/text-field";
import { issuesByField } from "@/lib/form-kit/issues";
import { readSaveFailure } from "@/lib/form-kit/save-failure";
import { sentenceFor } from "@/lib/form-kit/sentences";
import { useTRPC } from "@/lib/trpc";
import { ROLE_CHOICES } from "./roles";

interface NewStaff {
  name: string;
  email: string;
  role: StaffRole;
  password: string;
}

const FIELDS = [
  { name: "name", label: "Name", id: "staff-name" },
  { name: "email", label: "Email", id: "staff-email" },
  { name: "role", label: "Role", id: "staff-role" },
  { name: "password", label: "Temporary password", id: "staff-password" },
] as const;
const EMPTY: NewStaff = { name: "", email: "", role: "editor", password: "" };

/**
 * Adds a staff account. The server's input schema is the check (it lives with the accounts in
 * the api); its problems come back field by field, beside each field and in the error summary.
 */
export function AddStaffForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<NewStaff>({ defaultValues: EMPTY });
  const [added, setAdded] = useState<string | null>(null);
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const create = useMutation(trpc.users.create.mutationOptions());
  useEffect(() => {
    if (problems.length) summaryRef.current?.focus();
  }, [problems]);

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
      const items: SummaryItem[] = grouped.general.map((issue) => ({ target: null, message: issue.message }));
      for (const field of FIELDS) {
        const messages = (grouped.byField[field.name] ?? []).map((issue) => sentenceFor(field.label, issue.message));
        if (messages.length) form.setError(field.name, { type: "server", message: messages.join(" ") });
        items.push(...messages.map((message) => ({ target: field.id, message })));
      }
      setProblems(items.length ? items : [{ target: null, message: failure.message }]);
    }
  });

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
                  hint={field.name === "password" ? "At least 12 characters." : undefined}
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
