import type { Metadata } from "next";
import { Suspense } from "react";
import { AuditLog } from "@/components/audit/audit-log";

export const metadata: Metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <AuditLog />
    </Suspense>
  );
}
