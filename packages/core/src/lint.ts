import { markedTerms, normalizeTerm } from "./glossary.js";
import { readability } from "./readability.js";
import type { Block, Explainer } from "./schemas/explainer.js";
import type { Statement } from "./schemas/statement.js";

/** Kinds of lint finding. */
export type LintCode =
  | "uncited-block"
  | "grade-above-target"
  | "one-sided-perspectives"
  | "stale-block"
  | "undefined-glossary-term";

/** One thing an editor should fix or look at, tied to a block. */
export interface LintFinding {
  code: LintCode;
  /** `error` blocks publishing; `warning` asks for a look. */
  severity: "error" | "warning";
  blockId: string;
  /** Dotted path into the explainer, such as `blocks.2`. */
  path: string;
  message: string;
}

/** What lint can check an explainer against. */
export interface LintOptions {
  /** Highest acceptable reading grade; default 8. */
  targetGrade?: number;
  /** Statements the perspectives block links to, to judge balance. */
  statements?: readonly Statement[];
  /**
   * When cited records and sources last changed (their `updatedAt`), to find blocks gone
   * stale since the last publish. Keyed by record or source id.
   */
  changes?: ReadonlyArray<{ id: string; updatedAt: string }>;
}

/** The words a block shows readers, for grading and for finding glossary terms. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case "perspectives":
      return block.text ?? "";
    case "questions":
      return block.items.map((item) => `${item.question}\n${item.answer}`).join("\n");
    case "glossary":
      return block.entries.map((entry) => entry.definition).join("\n");
    default:
      return block.text;
  }
}

/**
 * Checks an explainer for what would make readers distrust it: a block with no citation, a
 * block above the target reading grade (default 8), perspectives from one side only, a block
 * citing a record that changed after the last publish, and glossary terms used but not
 * defined. Returns findings; never throws.
 */
export function lintExplainer(explainer: Explainer, options: LintOptions = {}): LintFinding[] {
  const findings: LintFinding[] = [];
  const target = options.targetGrade ?? 8;
  const statements = new Map((options.statements ?? []).map((s) => [s.id, s]));
  const changedAt = new Map((options.changes ?? []).map((c) => [c.id, Date.parse(c.updatedAt)]));
  const lastPublish = explainer.revisions.reduce<number | undefined>((latest, revision) => {
    const at = Date.parse(revision.publishedAt);
    return latest === undefined || at > latest ? at : latest;
  }, undefined);
  const defined = new Set(
    explainer.blocks.flatMap((b) => (b.kind === "glossary" ? b.entries.map((e) => normalizeTerm(e.term)) : [])),
  );

  explainer.blocks.forEach((block, index) => {
    const path = `blocks.${index}`;
    const add = (code: LintCode, severity: LintFinding["severity"], message: string) =>
      findings.push({ code, severity, blockId: block.id, path, message });

    const linked = block.kind === "perspectives" ? block.statementIds.flatMap((id) => statements.get(id) ?? []) : [];
    if (block.citations.length === 0 && linked.length === 0) {
      add("uncited-block", "error", `The "${block.kind}" block cites no source.`);
    }

    const text = blockText(block);
    if (text.trim() !== "" && block.kind !== "glossary") {
      const { grade } = readability(text, explainer.locale);
      if (grade > target) {
        add(
          "grade-above-target",
          "warning",
          `The "${block.kind}" block reads at grade ${grade}; aim for ${target} or lower. Use shorter sentences and common words.`,
        );
      }
    }

    if (block.kind === "perspectives" && linked.length > 0) {
      const supports = linked.some((s) => s.stance === "supports");
      const opposes = linked.some((s) => s.stance === "opposes");
      if (supports !== opposes) {
        add(
          "one-sided-perspectives",
          "warning",
          `Perspectives only include people who ${supports ? "support" : "oppose"} it. Add the other side, or say why there is none.`,
        );
      }
    }

    if (lastPublish !== undefined && changedAt.size > 0) {
      const cited = [
        ...block.citations.flatMap((c) => [c.sourceId, c.record?.id]),
        ...linked.flatMap((s) => [s.id, s.sourceId]),
      ].filter((id): id is string => id !== undefined);
      const stale = [...new Set(cited)].filter((id) => (changedAt.get(id) ?? Number.NEGATIVE_INFINITY) > lastPublish);
      if (stale.length > 0) {
        add(
          "stale-block",
          "warning",
          `The "${block.kind}" block cites records changed since it was published: ${stale.join(", ")}. Check it still holds.`,
        );
      }
    }

    for (const term of markedTerms(text)) {
      if (!defined.has(normalizeTerm(term))) {
        add(
          "undefined-glossary-term",
          "error",
          `"${term}" is marked as a glossary term but the glossary does not define it.`,
        );
      }
    }
  });
  return findings;
}
