const VERBS: Record<string, string> = {
  create: "created",
  update: "changed",
  delete: "deleted",
  "check-records": "confirmed the records still hold",
};
/** Words between a verb and its record, where the verb does not take the record as its object. */
const JOINERS: Record<string, string> = { "check-records": " for" };

/** "Eddie Editor changed explainer explainer-x (version 3)": one audit entry in words. */
export function describeChange(change: {
  actorName: string | null;
  action: string;
  recordType?: string;
  recordId?: string;
  version: number | null;
}): string {
  const who = change.actorName ?? "Someone";
  const what = change.recordType
    ? `${JOINERS[change.action] ?? ""} ${change.recordType.replace(/-/g, " ")} ${change.recordId ?? ""}`.trimEnd()
    : "";
  const version = change.version ? ` (version ${change.version})` : "";
  return `${who} ${VERBS[change.action] ?? change.action}${what}${version}`;
}
