import { sentenceFor } from "@/lib/form-kit/sentences";

const PLACES: Record<string, string> = {
  "": "The explainer",
  translationOf: "The English original",
  measureId: "The measure",
};

/** "corrections.0.text" → "Correction 1, text". */
export function placeName(path: string): string {
  if (path in PLACES) return PLACES[path] ?? path;
  const correction = /^corrections\.(\d+)(?:\.(.*))?$/.exec(path);
  if (correction) return `Correction ${Number(correction[1]) + 1}${correction[2] ? `, ${correction[2]}` : ""}`;
  return path;
}

/** Save issues that belong to no block and no field on screen, listed in words under the save bar. */
export function OtherIssues({ fields }: { fields: Readonly<Record<string, string[]>> }) {
  const entries = Object.entries(fields).filter(([path]) => path !== "headline");
  if (entries.length === 0) return null;
  return (
    <ul className="mt-2 list-disc pl-6 font-bold text-error">
      {entries.flatMap(([path, messages]) =>
        messages.map((message) => (
          <li key={`${path}-${message}`}>
            {placeName(path)}: {sentenceFor("This field", message)}
          </li>
        )),
      )}
    </ul>
  );
}
