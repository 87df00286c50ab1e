/**
 * A message as a sentence about its field: core's messages name no field ("is required"), so
 * they are joined to the field's label ("Name is required."). Whole sentences pass through.
 */
export function sentenceFor(label: string, message: string): string {
  // zod's own short messages ("Invalid URL") read as a rule about the field.
  const trimmed = message.trim().replace(/^Invalid (?!input)(.+)$/, "must be a valid $1");
  const sentence = /^(is|must|should|are|has|needs|cannot|points)\b/.test(trimmed) ? `${label} ${trimmed}` : trimmed;
  return fullStop(capitalise(sentence));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fullStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * A problem inside a list, named by the item's position as people count (from 1):
 * `listItemSentence("Sponsor", "1.name", "pick a person or type a name")` is
 * "Sponsor 2: pick a person or type a name." The path is relative to the list. A part with a
 * label (`{ name: "Name" }`) words a rule about that part ("Sponsor 2: Name is required.");
 * a path with no position is about the list as a whole ("Sponsors must ...", given `listLabel`).
 */
export function listItemSentence(
  noun: string,
  path: string,
  message: string,
  options: { partLabels?: Readonly<Record<string, string>>; listLabel?: string } = {},
): string {
  const [first, ...rest] = path.split(".").filter(Boolean);
  if (first === undefined || !/^\d+$/.test(first)) return sentenceFor(options.listLabel ?? noun, message);
  const item = `${noun} ${Number(first) + 1}`;
  const partLabel = rest.length
    ? (options.partLabels?.[rest.join(".")] ?? options.partLabels?.[rest[0] ?? ""])
    : undefined;
  const trimmed = message.trim();
  if (/^(is|must|should|are|has|needs|cannot|points)\b/.test(trimmed) || /^Invalid /.test(trimmed)) {
    return `${item}: ${sentenceFor(partLabel ?? "This", trimmed)}`;
  }
  return `${item}: ${fullStop(trimmed)}`;
}
