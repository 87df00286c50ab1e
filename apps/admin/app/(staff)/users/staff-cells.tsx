"use client";

import type { StaffRole } from "@legible/api";
import { buttonClass } from "@legible/ui/button";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { controlClass } from "@/components/form-kit/styles";
import { useTRPC } from "@/lib/trpc";
import { errorMessage } from "./error-message";
import { ROLE_CHOICES } from "./roles";

export interface StaffAccount {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
}

/** What the last change to an account said; shown in the line under its row. */
export interface StaffMessage {
  tone: "error" | "ok";
  text: string;
}

/** What each of an account's cells is given: the account, and where it reports how a change went. */
interface CellProps {
  account: StaffAccount;
  onMessage: (message: StaffMessage) => void;
}

/** A change to an account: reports success in its own words, failures in the Users page's words, and refreshes the list. */
function useAccountChange(onMessage: CellProps["onMessage"]) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    refresh: () => queryClient.invalidateQueries(trpc.users.list.pathFilter()),
    onError: (error: unknown) => onMessage({ tone: "error", text: errorMessage(error, { password: "New password" }) }),
  };
}

/** The account's role: a choice for other accounts, plain text for your own (you cannot demote yourself). */
export function RoleCell({ account, isYou, onMessage }: CellProps & { isYou: boolean }) {
  const trpc = useTRPC();
  const { refresh, onError } = useAccountChange(onMessage);
  const setRole = useMutation(
    trpc.users.setRole.mutationOptions({
      onSuccess: async ({ role }) => {
        onMessage({ tone: "ok", text: `${account.name} is now ${role}.` });
        await refresh();
      },
      onError,
    }),
  );
  if (isYou) return account.role;
  const roleId = `role-${account.id}`;
  return (
    <>
      <label htmlFor={roleId} className="sr-only">
        Role of {account.name}
      </label>
      <select
        id={roleId}
        value={account.role}
        disabled={setRole.isPending}
        onChange={(event) => setRole.mutate({ userId: account.id, role: event.target.value as StaffRole })}
        className="rounded border border-muted bg-paper px-2 py-1"
      >
        {ROLE_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** Whether the account can sign in, and (for other accounts) the switch. */
export function ActiveCell({ account, isYou, onMessage }: CellProps & { isYou: boolean }) {
  const trpc = useTRPC();
  const { refresh, onError } = useAccountChange(onMessage);
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: async ({ active }) => {
        onMessage({
          tone: "ok",
          text: active ? `${account.name} can sign in again.` : `${account.name} is switched off and signed out.`,
        });
        await refresh();
      },
      onError,
    }),
  );
  return (
    <>
      <p>{account.active ? "Active" : "Switched off"}</p>
      {!isYou && (
        <button
          type="button"
          disabled={setActive.isPending}
          onClick={() => setActive.mutate({ userId: account.id, active: !account.active })}
          className={buttonClass("secondary", "mt-1")}
        >
          {account.active ? `Switch off ${account.name}` : `Switch on ${account.name}`}
        </button>
      )}
    </>
  );
}

/** A button that opens a small form to set a new password, passed on in person. */
export function PasswordCell({ account, onMessage }: CellProps) {
  const trpc = useTRPC();
  const { onError } = useAccountChange(onMessage);
  const [resetting, setResetting] = useState(false);
  const setPassword = useMutation(
    trpc.users.setPassword.mutationOptions({
      onSuccess: () => {
        setResetting(false);
        onMessage({ tone: "ok", text: `New password set for ${account.name}. Pass it on in person.` });
      },
      onError,
    }),
  );

  function submitPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setPassword.mutate({ userId: account.id, password });
  }

  if (!resetting) {
    return (
      <button type="button" onClick={() => setResetting(true)} className={buttonClass("secondary")}>
        Reset password for {account.name}
      </button>
    );
  }
  return (
    <form onSubmit={submitPassword} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={`password-${account.id}`} className="block">
          New password for {account.name}
        </label>
        <input
          id={`password-${account.id}`}
          name="password"
          type="text"
          required
          autoComplete="new-password"
          className={controlClass(false)}
        />
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Set password
      </button>
      <button type="button" onClick={() => setResetting(false)} className={buttonClass("link")}>
        Cancel
      </button>
    </form>
  );
}
