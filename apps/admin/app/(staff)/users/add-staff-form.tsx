"use client";

import type { StaffRole } from "@legible/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc";
import { errorMessage } from "./error-message";
import { ROLE_CHOICES } from "./roles";

const FIELD_NAMES = { name: "Name", email: "Email", role: "Role", password: "Temporary password" };

export function AddStaffForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const statusId = useId();
  const [status, setStatus] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (account) => {
        formRef.current?.reset();
        setStatus({ tone: "ok", text: `Added ${account.name} as ${account.role}. Give them the temporary password.` });
        await queryClient.invalidateQueries(trpc.users.list.pathFilter());
      },
      onError: (error) => setStatus({ tone: "error", text: errorMessage(error, FIELD_NAMES) }),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setStatus(null);
    create.mutate({
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      role: String(form.get("role") ?? "editor") as StaffRole,
      password: String(form.get("password") ?? ""),
    });
  }

  return (
    <section aria-labelledby="add-staff" className="mt-10 max-w-xl rounded-card border border-line bg-paper p-5">
      <h2 id="add-staff" className="font-serif text-2xl font-bold">
        Add a staff member
      </h2>
      <form ref={formRef} onSubmit={submit} className="mt-4 space-y-4" aria-describedby={status ? statusId : undefined}>
        <div>
          <label htmlFor="staff-name" className="block font-bold">
            Name
          </label>
          <input
            id="staff-name"
            name="name"
            required
            maxLength={200}
            className="mt-1 w-full rounded border border-muted px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="staff-email" className="block font-bold">
            Email
          </label>
          <input
            id="staff-email"
            name="email"
            type="email"
            required
            autoComplete="off"
            className="mt-1 w-full rounded border border-muted px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="staff-role" className="block font-bold">
            Role
          </label>
          <select
            id="staff-role"
            name="role"
            defaultValue="editor"
            className="mt-1 rounded border border-muted bg-paper px-3 py-2"
          >
            {ROLE_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="staff-password" className="block font-bold">
            Temporary password
          </label>
          <p id="staff-password-hint" className="text-muted">
            At least 12 characters.
          </p>
          <input
            id="staff-password"
            name="password"
            type="text"
            required
            autoComplete="new-password"
            aria-describedby="staff-password-hint"
            className="mt-1 w-full rounded border border-muted px-3 py-2"
          />
        </div>
        <div id={statusId} role={status?.tone === "error" ? "alert" : "status"}>
          {status && <p className={status.tone === "error" ? "font-bold text-error" : "font-bold"}>{status.text}</p>}
        </div>
        <button
          type="submit"
          disabled={create.isPending}
          className="rounded bg-primary px-5 py-2 font-bold text-paper hover:bg-primary-dark disabled:opacity-70"
        >
          {create.isPending ? "Adding…" : "Add staff member"}
        </button>
      </form>
    </section>
  );
}
