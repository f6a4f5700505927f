import { describe, expect, it } from "vitest";
import { lintDocument } from "../engine/lint-document.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import { header, ruleFromYaml } from "../engine/testing/rule-from-yaml.js";

const readability = ruleFromYaml(`${header("test/readability", "span", "metric")}
messages:
  metric: { sv: "LIX {lix} (gräns {threshold})", en: "LIX {lix} (limit {threshold})" }
options: { threshold: 60 }
check: { metric: lix, minWords: 40 }
`, "test/readability.yml");

const HARD = "Kommunfullmäktiges övergripande verksamhetsstyrning förutsätter systematiska uppföljningsrutiner, kvalitetsindikatorer, resursfördelningsmodeller och förvaltningsövergripande samverkansstrukturer som tillsammans möjliggör långsiktiga prioriteringar mellan konkurrerande samhällsintressen och ansvarsområden inom organisationens samtliga verksamhetsområden, styrelser, bolag, nämnder och förvaltningar.";
const EASY = "Vi har öppet varje dag. Du kan komma när du vill. Vi tar emot alla. Det kostar inget att gå hit. Ring oss om du har frågor. Vi svarar så fort vi kan. Du får hjälp med det du behöver. Vi finns nära dig.";

describe("metric kind: lix", () => {
  it("flags a long paragraph above the threshold with its LIX in the message", () => {
    const doc = plainDocument(`# Plan\n\n${HARD} ${HARD}\n\n${EASY}\n`);
    const result = lintDocument(doc, { rules: [readability] });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0].message).toMatch(/^LIX \d+ \(gräns 60\)$/);
    expect(result.diagnostics[0].range.start.line).toBe(2);
  });

  it("does not measure paragraphs under the word minimum", () => {
    expect(lintDocument(plainDocument(`# Plan\n\n${HARD.split(" ").slice(0, 20).join(" ")}.\n`), { rules: [readability] }).diagnostics).toEqual([]);
  });

  it("takes the threshold from the config", () => {
    const doc = plainDocument(`# Plan\n\n${HARD} ${HARD}\n`);
    const result = lintDocument(doc, { rules: [readability], config: { rules: { "test/readability": ["hint", { threshold: 500 }] } } });
    expect(result.diagnostics).toEqual([]);
  });
});
