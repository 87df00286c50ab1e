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
