"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import { StaffRow } from "./staff-row";

export function StaffTable({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const accounts = useQuery(trpc.users.list.queryOptions());
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
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse bg-paper text-left">
        <caption className="sr-only">Staff accounts</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              Name
            </th>
            <th scope="col" className="p-2">
              Email
            </th>
            <th scope="col" className="p-2">
              Role
            </th>
            <th scope="col" className="p-2">
              Account
            </th>
            <th scope="col" className="p-2">
              Password
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.data.map((account) => (
            <StaffRow key={account.id} account={account} isYou={account.id === currentUserId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
