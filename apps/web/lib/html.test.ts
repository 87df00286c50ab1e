import { voteDecisionView } from "@legible/api";
import { describe, expect, it } from "vitest";
import { html } from "./html";
import { machineText, votesText } from "./machine-text";
import { byId, seedRecords } from "./test-seed.test-support";
import { voteCardDocument } from "./vote-card-html";
import { summarizeVote } from "./vote-summary";

describe("the vote card's HTML", () => {
  it("escapes every value, and lets nested templates through", () => {
    const name = `<img src=x onerror="alert(1)">`;
    expect(html`<p title="${name}">${name}</p>${[html`<b>${"&"}</b>`]}`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p><b>&amp;</b>',
    );
  });

  it("is a whole document with no scripts, in the card's language, marking English record text on a Spanish card", async () => {
    const seed = seedRecords();
    const input = {
      vote: byId(seed.voteEvents, "vote-council-2024-11-19"),
      body: byId(seed.bodies, "body-la-city-council"),
      measure: byId(seed.measures, "measure-sanctuary-ordinance"),
    };
    const t = await machineText("es");
    const decision = voteDecisionView({ ...input, rules: input.body.rules, locale: "es", cite: () => null });
    const document = voteCardDocument({
      ...input,
      summary: summarizeVote({ ...input, decision }, "es", t, await votesText("es")),
      locale: "es",
      voteUrl: "https://legible.example/es/votes/vote-council-2024-11-19",
      t,
    });
    expect(document).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(document).not.toContain("<script");
    expect(document).toContain('<p class="result result-pass">Aprobada 13 a 0</p>');
    expect(document).toContain(
      '<p class="needed">Esta votación era para aprobar la medida. Necesitaba 8 votos a favor: la mayoría de los 15 escaños. Según las reglas registradas, se aprobó.</p>',
    );
    expect(document).toContain('<h1 id="vote-motion" lang="en">Pass the sanctuary city ordinance</h1>');
    expect(document).toContain('href="https://legible.example/es/votes/vote-council-2024-11-19"');
  });
});
