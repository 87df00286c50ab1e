"use client";

import { Table } from "@legible/ui/table";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc";
import { ActiveCell, PasswordCell, RoleCell, type StaffMessage } from "./staff-cells";

export function StaffTable({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const accounts = useQuery(trpc.users.list.queryOptions());
  // Each account's last message, kept here because any of its cells can report one.
  const [messages, setMessages] = useState<Record<string, StaffMessage>>({});
  if (accounts.isPending)
    return (
      <p className="mt-6" role="status">
        Loading staff accounts…
      </p>
    );
  if (accounts.isError) {
    return (
      <p className="mt-6 font-bold text-error" role="alert">
        The staff accounts could not be loaded: {accounts.error.message}
      </p>
    );
  }
  const reportFor = (id: string) => (message: StaffMessage) => setMessages((all) => ({ ...all, [id]: message }));
  return (
    <div className="mt-6">
      <Table
        caption="Staff accounts"
        rows={accounts.data}
        rowKey={(account) => account.id}
        columns={[
          {
            key: "name",
            header: "Name",
            rowHeader: true,
            cell: (account) => (
              <>
                <span className="font-bold">{account.name}</span>
                {account.id === currentUserId && <span className="text-muted"> (you)</span>}
              </>
            ),
          },
          { key: "email", header: "Email", cell: (account) => account.email },
          {
            key: "role",
            header: "Role",
            cell: (account) => (
              <RoleCell account={account} isYou={account.id === currentUserId} onMessage={reportFor(account.id)} />
            ),
          },
          {
            key: "account",
            header: "Account",
            cell: (account) => (
              <ActiveCell account={account} isYou={account.id === currentUserId} onMessage={reportFor(account.id)} />
            ),
          },
          {
            key: "password",
            header: "Password",
            cell: (account) => <PasswordCell account={account} onMessage={reportFor(account.id)} />,
          },
        ]}
        rowDetails={(account) => {
          const message = messages[account.id];
          // The live region is there before it speaks, so the change is read out when it comes.
          return (
            <div role={message?.tone === "error" ? "alert" : "status"}>
              {message && (
                <p className={message.tone === "error" ? "pb-2 font-bold text-error" : "pb-2"}>{message.text}</p>
              )}
            </div>
          );
        }}
      />
    </div>
  );
}
