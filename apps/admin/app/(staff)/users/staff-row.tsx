"use client";

import type { StaffRole } from "@legible/api";
import { buttonClass } from "@legible/ui/button";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { controlClass } from "@/components/form-kit/styles";
import { useTRPC } from "@/lib/trpc";
import { errorMessage } from "./error-message";
import { ROLE_CHOICES } from "./roles";

interface Account {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
}

export function StaffRow({ account, isYou }: { account: Account; isYou: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [resetting, setResetting] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.users.list.pathFilter());
  const onError = (error: unknown) =>
    setMessage({ tone: "error", text: errorMessage(error, { password: "New password" }) });

  const setRole = useMutation(
    trpc.users.setRole.mutationOptions({
      onSuccess: async ({ role }) => {
        setMessage({ tone: "ok", text: `${account.name} is now ${role}.` });
        await refresh();
      },
      onError,
    }),
  );
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: async ({ active }) => {
        setMessage({
          tone: "ok",
          text: active ? `${account.name} can sign in again.` : `${account.name} is switched off and signed out.`,
        });
        await refresh();
      },
      onError,
    }),
  );
  const setPassword = useMutation(
    trpc.users.setPassword.mutationOptions({
      onSuccess: () => {
        setResetting(false);
        setMessage({ tone: "ok", text: `New password set for ${account.name}. Pass it on in person.` });
      },
      onError,
    }),
  );

  function submitPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setPassword.mutate({ userId: account.id, password });
  }

  const roleId = `role-${account.id}`;
  return (
    <>
      <tr className="border-b border-line align-top">
        <th scope="row" className="p-2 font-bold">
          {account.name}
          {isYou && <span className="font-normal text-muted"> (you)</span>}
        </th>
        <td className="p-2">{account.email}</td>
        <td className="p-2">
          {isYou ? (
            account.role
          ) : (
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
          )}
        </td>
        <td className="p-2">
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
        </td>
        <td className="p-2">
          {resetting ? (
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
          ) : (
            <button type="button" onClick={() => setResetting(true)} className={buttonClass("secondary")}>
              Reset password for {account.name}
            </button>
          )}
        </td>
      </tr>
      <tr>
        <td colSpan={5} className="px-2">
          <div role={message?.tone === "error" ? "alert" : "status"}>
            {message && (
              <p className={message.tone === "error" ? "pb-2 font-bold text-error" : "pb-2"}>{message.text}</p>
            )}
          </div>
        </td>
      </tr>
    </>
  );
}
