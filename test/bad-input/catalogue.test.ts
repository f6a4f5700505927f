/**
 * The bad-input catalogue: every input is generated into one temp folder,
 * the built CLI lints the whole folder once (`--format json`), and each
 * entry checks its own outcome: the exact error code and message naming the
 * file and the problem, or, for inputs that are merely odd, a correct lint.
 * The run must exit 2 and still lint the good files beside the bad ones.
 * Each file-level entry is then checked through the library (`lintFile`)
 * too, which must give the same error.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFiles, lintFile, type DiscoveryFs } from "../../packages/mrlint/dist/index.js";
import { runCliAsync, type CliRun } from "../helpers/run-cli.js";
import {
  declaredBomb,
  deepList,
  deepQuote,
  docxWithParagraphs,
  encryptedDocx,
  entryBomb,
  fiftyMegabytes,
  FLAGGED,
  hugeNestedList,
  junkBytes,
  latin1,
  lineColumn,
  longLine,
  makeFifo,
  malformedDocx,
  oldWordDoc,
  packRule,
  POLICY,
  utf16,
  write,
  xxeDocx,
  zipWithoutDocument,
} from "./support/inputs.js";

interface JsonMessage {
  ruleId: string | null;
  fatal?: boolean;
  message: string;
  code?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  notes?: string[];
  format?: string;
}

type Outcome =
  /** The file is not linted: a file-level error with this code and message. */
  | { error: string; message: string | RegExp }
  /** A config or rule-pack problem: reported once on stderr, the files under that config are skipped. */
  | { config: string | RegExp }
  /** The input is odd but valid: it is linted; `check` looks at the result and the text. */
  | { lints: true; check?: (file: JsonFile) => void };

interface Entry {
  /** What the input is (as in the list). */
  input: string;
  /** The file (or config folder's document) the outcome belongs to, relative to the catalogue root. */
  path: string;
  build: (root: string) => void | Promise<void>;
  outcome: Outcome;
  /** Not part of the folder walk: named on the command line. */
  explicit?: boolean;
}

/** The flagged term's diagnostic must sit where the term is in `text` (1-based in JSON). */
function expectFlaggedAt(file: JsonFile, text: string, occurrence = 0): void {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(FLAGGED, offset + 1);
  const at = lineColumn(text, offset);
  const flagged = file.messages.filter((m) => m.ruleId === "mr/inclusive-language");
  expect(flagged.map((m) => [m.line, m.column])).toContainEqual([at.line + 1, at.column + 1]);
}

const CRLF_TEXT = POLICY.replace(/\n/g, "\r\n") + "\r\nFler åldringar här.\r\n";
const MIXED_TEXT = "# Plan\r\n\r\nFörsta stycket om åldringar.\rAndra raden.\n\nTredje: åldringar igen.\r\n";
// About 2 MB of UTF-8 on one line, just under the default limits.maxTextChars (2,000,000 characters).
const LONG_TEXT = `# Plan\n\n${longLine(1_990_000)} våra åldringar`;
const UTF16_TEXT = "# Plan för äldreomsorg\r\n\r\nKommunen ska ge våra åldringar stöd 𝄞.\r\n";

const ENTRIES: Entry[] = [
  {
    input: "empty file",
    path: "empty.md",
    build: (root) => void write(root, "empty.md", ""),
    outcome: {
      lints: true,
      check: (file) => {
        // Document rules may report "missing"; everything sits at the start of the (empty) text.
        for (const m of file.messages) expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([1, 1, 1, 1]);
      },
    },
  },
  {
    input: "empty file named .docx",
    path: "empty.docx",
    build: (root) => void write(root, "empty.docx", ""),
    outcome: { error: "docx-not-zip", message: "empty.docx is not a Word .docx file: it is not a zip package (it looks like an empty file)." },
  },
  {
    input: "binary file named .md",
    path: "binary.md",
    build: (root) => void write(root, "binary.md", junkBytes(64 * 1024, 1)),
    outcome: { error: "not-text", message: "binary.md: not a text file (it contains NUL bytes); mrlint reads Markdown, plain text (UTF-8) and Word .docx" },
  },
  {
    input: "invalid UTF-8 (a Latin-1 file)",
    path: "latin1.md",
    build: (root) => void write(root, "latin1.md", latin1("# Plan\n\nVåra äldre ska få stöd.\n")),
    outcome: { error: "invalid-utf8", message: "latin1.md: invalid UTF-8 at byte 9 (line 3); save the file as UTF-8" },
  },
  {
    input: "UTF-16 LE with BOM",
    path: "utf16le.md",
    build: (root) => void write(root, "utf16le.md", utf16(UTF16_TEXT, false)),
    outcome: { lints: true, check: (file) => expectFlaggedAt(file, UTF16_TEXT) },
  },
  {
    input: "UTF-16 BE with BOM",
    path: "utf16be.txt",
    build: (root) => void write(root, "utf16be.txt", utf16(UTF16_TEXT, true)),
    outcome: { lints: true, check: (file) => expectFlaggedAt(file, UTF16_TEXT) },
  },
  {
    input: "UTF-16 without BOM",
    path: "utf16-nobom.txt",
    build: (root) => void write(root, "utf16-nobom.txt", utf16(UTF16_TEXT, false, false)),
    outcome: {
      error: "not-text",
      message: "utf16-nobom.txt: not a text file mrlint can read: it looks like UTF-16 without a byte order mark; save it as UTF-8",
    },
  },
  {
    input: "CRLF line endings",
    path: "crlf.md",
    build: (root) => void write(root, "crlf.md", CRLF_TEXT),
    outcome: {
      lints: true,
      check: (file) => {
        expectFlaggedAt(file, CRLF_TEXT, 0);
        expectFlaggedAt(file, CRLF_TEXT, 1);
      },
    },
  },
  {
    input: "mixed line endings (LF, CRLF, lone CR)",
    path: "mixed-endings.md",
    build: (root) => void write(root, "mixed-endings.md", MIXED_TEXT),
    outcome: {
      lints: true,
      check: (file) => {
        expectFlaggedAt(file, MIXED_TEXT, 0);
        expectFlaggedAt(file, MIXED_TEXT, 1);
      },
    },
  },
  {
    input: "50 MB Markdown file (default limit)",
    path: "huge.md",
    build: (root) => void write(root, "huge.md", fiftyMegabytes()),
    outcome: {
      error: "file-too-large",
      message: "huge.md: the file is 52428800 bytes, more than the limit of 10485760 bytes (limits.maxFileBytes)",
    },
  },
  {
    input: "file over a configured limits.maxFileBytes",
    path: "limited/plan.md",
    build: (root) => {
      write(root, "limited/mrlint.config.json", JSON.stringify({ limits: { maxFileBytes: 200 } }));
      write(root, "limited/plan.md", POLICY.repeat(5));
    },
    outcome: {
      error: "file-too-large",
      message: `limited/plan.md: the file is ${Buffer.byteLength(POLICY.repeat(5))} bytes, more than the limit of 200 bytes (limits.maxFileBytes)`,
    },
  },
  {
    input: "text over a configured limits.maxTextChars",
    path: "textcap/plan.md",
    build: (root) => {
      write(root, "textcap/mrlint.config.yaml", "limits:\n  maxTextChars: 40\n");
      write(root, "textcap/plan.md", POLICY);
    },
    outcome: {
      error: "text-too-large",
      message: `textcap/plan.md: the text is ${POLICY.length} characters long, more than the limit of 40 characters (limits.maxTextChars)`,
    },
  },
  {
    input: "extremely long line (2 MB without a newline)",
    path: "long-line.md",
    build: (root) => void write(root, "long-line.md", LONG_TEXT),
    outcome: { lints: true, check: (file) => expectFlaggedAt(file, LONG_TEXT) },
  },
  {
    input: "list nested 5,000 levels deep",
    path: "deep-list.md",
    build: (root) => void write(root, "deep-list.md", deepList(5000)),
    outcome: {
      lints: true,
      check: (file) => {
        expect(file.notes).toContain(
          "The Markdown structure is nested too deeply (5000 levels of lists or quotes at line 3; mrlint reads at most 100). The file was read as plain text.",
        );
        expectFlaggedAt(file, deepList(5000));
      },
    },
  },
  {
    input: "block quote nested 5,000 levels deep",
    path: "deep-quote.md",
    build: (root) => void write(root, "deep-quote.md", deepQuote(5000)),
    outcome: {
      lints: true,
      check: (file) => {
        expect(file.notes?.[0]).toMatch(/^The Markdown structure is nested too deeply \(5000 levels/);
        expectFlaggedAt(file, deepQuote(5000));
      },
    },
  },
  {
    input: "one list of 3,000 items that each open a sublist",
    path: "nested-list.md",
    build: (root) => void write(root, "nested-list.md", hugeNestedList(3000)),
    outcome: {
      lints: true,
      check: (file) => {
        expect(file.notes?.[0]).toMatch(/^The list starting at line 3 is too large and nested to parse as Markdown/);
        expectFlaggedAt(file, hugeNestedList(3000), 2999);
      },
    },
  },
  {
    input: ".docx that is not a zip (Markdown renamed)",
    path: "text.docx",
    build: (root) => void write(root, "text.docx", POLICY),
    outcome: { error: "docx-not-zip", message: "text.docx is not a Word .docx file: it is not a zip package (it looks like a text file)." },
  },
  {
    input: "zip without word/document.xml",
    path: "no-document.docx",
    build: (root) => void write(root, "no-document.docx", zipWithoutDocument()),
    outcome: { error: "docx-no-document", message: "no-document.docx has no main document part (word/document.xml), so it is not a readable .docx." },
  },
  {
    input: "encrypted .docx (OLE compound file with EncryptionInfo)",
    path: "encrypted.docx",
    build: (root) => void write(root, "encrypted.docx", encryptedDocx()),
    outcome: {
      error: "docx-encrypted",
      message:
        "encrypted.docx is encrypted (password-protected). mrlint cannot read it: remove the password in Word (File > Info > Protect Document > Encrypt with Password, clear it) and save it again as .docx.",
    },
  },
  {
    input: "zip bomb: an entry declaring almost 4 GB uncompressed",
    path: "bomb-size.docx",
    build: (root) => void write(root, "bomb-size.docx", declaredBomb()),
    outcome: {
      error: "docx-too-large",
      message: "bomb-size.docx unpacks to 4295 MB; mrlint reads at most 100 MB uncompressed (limits.maxDocxUncompressedBytes).",
    },
  },
  {
    input: "zip bomb: 3,000 entries",
    path: "bomb-entries.docx",
    build: (root) => void write(root, "bomb-entries.docx", entryBomb()),
    outcome: {
      error: "docx-too-many-entries",
      message: "bomb-entries.docx has 3000 entries in its zip package; mrlint reads at most 2000 (a normal .docx has a few dozen).",
    },
  },
  {
    input: ".doc renamed .docx (OLE without EncryptionInfo)",
    path: "renamed-doc.docx",
    build: (root) => void write(root, "renamed-doc.docx", oldWordDoc()),
    outcome: {
      error: "docx-legacy-doc",
      message:
        "renamed-doc.docx is an old Word 97-2003 .doc file (binary format), not .docx: save it as .docx (Word: File > Save As > Word Document) and lint that file.",
    },
  },
  {
    input: ".docx with external entities (DOCTYPE/ENTITY in document.xml)",
    path: "xxe.docx",
    build: async (root) => void write(root, "xxe.docx", await xxeDocx()),
    outcome: {
      error: "docx-xml-doctype",
      message:
        "xxe.docx: the part word/document.xml contains a DOCTYPE or ENTITY declaration. Word never writes one; mrlint refuses the file rather than resolve entities.",
    },
  },
  {
    input: ".docx with 100,000 paragraphs",
    path: "many-paragraphs.docx",
    build: async (root) => void write(root, "many-paragraphs.docx", await docxWithParagraphs(100_000, (i) => `Stycke ${i}: kommunen ska stödja våra åldringar.`)),
    outcome: {
      error: "text-too-large",
      message: /^many-paragraphs\.docx: the text is 4\d{6} characters long, more than the limit of 2000000 characters \(limits\.maxTextChars\)$/,
    },
  },
  {
    input: ".docx with 1,500,000 empty paragraphs (14 kB zipped)",
    path: "empty-paragraphs.docx",
    build: async (root) => void write(root, "empty-paragraphs.docx", await docxWithParagraphs(1_500_000, () => "")),
    outcome: {
      lints: true,
      // Notes are in the document's language (the Word notes) or the message locale (the Markdown notes).
      check: (file) => expect(file.notes?.some((n) => n.startsWith("Dokumentet har 1500000 stycken, för många"))).toBe(true),
    },
  },
  {
    input: "truncated .docx",
    path: "truncated.docx",
    build: async (root) => {
      const whole = await docxWithParagraphs(50, (i) => `Stycke ${i}.`);
      write(root, "truncated.docx", whole.subarray(0, Math.floor(whole.length / 2)));
    },
    outcome: { error: "docx-corrupt", message: /^truncated\.docx is a damaged zip package and cannot be read as \.docx \(.+\)\.$/ },
  },
  {
    input: ".docx with malformed XML",
    path: "malformed.docx",
    build: async (root) => void write(root, "malformed.docx", await malformedDocx()),
    outcome: { error: "docx-xml-malformed", message: /^malformed\.docx: the part word\/document\.xml is not well-formed XML \(.+\)\.$/ },
  },
  {
    input: "config with unknown keys",
    path: "cfg-unknown-keys/doc.md",
    build: (root) => {
      write(root, "cfg-unknown-keys/mrlint.config.yaml", "rules:\n  mr/inclusive-language: error\nfoo: 1\nlimits:\n  maxFileByte: 3\n");
      write(root, "cfg-unknown-keys/doc.md", POLICY);
    },
    outcome: {
      config: [
        "Invalid config cfg-unknown-keys/mrlint.config.yaml:",
        '  - limits.maxFileByte: unknown key "maxFileByte"; allowed keys: maxFileBytes, maxDocxUncompressedBytes, maxDocxEntries, maxTextChars; did you mean "maxFileBytes"?',
        '  - foo: unknown key "foo"; allowed keys: $schema, extends, rules, language, locale, packs, overrides, ignores, limits, reviewAuthor',
      ].join("\n"),
    },
  },
  {
    input: "config with wrong types",
    path: "cfg-wrong-types/doc.md",
    build: (root) => {
      write(root, "cfg-wrong-types/mrlint.config.json", JSON.stringify({ rules: { "mr/inclusive-language": 3 }, language: "de", limits: { maxFileBytes: "big" } }));
      write(root, "cfg-wrong-types/doc.md", POLICY);
    },
    outcome: {
      config: [
        "Invalid config cfg-wrong-types/mrlint.config.json:",
        '  - rules."mr/inclusive-language": 3 is not allowed; allowed: "off", "hint", "info", "warning", "error" or ["<level>", { options }]',
        '  - language: "de" is not allowed; allowed: "sv", "en", "auto"',
        '  - limits.maxFileBytes: "big" is not allowed; allowed: a number',
      ].join("\n"),
    },
  },
  {
    input: "config with an unknown rule id (nearest suggested)",
    path: "cfg-unknown-rule/doc.md",
    build: (root) => {
      write(root, "cfg-unknown-rule/mrlint.config.yaml", "rules:\n  mr/inclusive-languag: error\n");
      write(root, "cfg-unknown-rule/doc.md", POLICY);
    },
    outcome: {
      config:
        'Invalid config cfg-unknown-rule/mrlint.config.yaml: rules."mr/inclusive-languag": unknown rule "mr/inclusive-languag"; did you mean "mr/inclusive-language"?',
    },
  },
  {
    input: "config that is not valid YAML",
    path: "cfg-invalid-yaml/doc.md",
    build: (root) => {
      write(root, "cfg-invalid-yaml/mrlint.config.yaml", "rules:\n  mr/inclusive-language: warning\n  language: [sv\n");
      write(root, "cfg-invalid-yaml/doc.md", POLICY);
    },
    outcome: { config: /^cfg-invalid-yaml\/mrlint\.config\.yaml: YAML syntax error at line \d+, column \d+: .+/ },
  },
  {
    input: "rule pack with an invalid file",
    path: "pack-invalid/doc.md",
    build: (root) => {
      write(root, "pack-invalid/mrlint.config.yaml", "packs: [./packs]\n");
      write(root, "pack-invalid/packs/kommun/trasig.yml", "id: kommun/trasig\ntype: span\nkind: nonsense\n");
      write(root, "pack-invalid/doc.md", POLICY);
    },
    outcome: {
      config: /^packs: the rule pack "pack-invalid\/packs" cannot be loaded: pack-invalid\/packs\/kommun\/trasig\.yml: kind: got "nonsense"; allowed: elements, terms, phrases, pattern, metric; /,
    },
  },
  {
    input: "rule pack with a regex prone to catastrophic backtracking (nested quantifiers)",
    path: "pack-regex/doc.md",
    build: (root) => {
      write(root, "pack-regex/mrlint.config.yaml", "packs: [./packs]\n");
      write(root, "pack-regex/packs/kommun/gammalt.yml", packRule("kommun/gammalt", "(\\w+\\s?)+$"));
      write(root, "pack-regex/doc.md", POLICY);
    },
    outcome: {
      config:
        'packs: the rule pack "pack-regex/packs" cannot be loaded: pack-regex/packs/kommun/gammalt.yml: check.terms.sv[0].pattern: unsafe pattern "(\\\\w+\\\\s?)+$": nested quantifiers are not allowed: a repeated group must not contain a quantifier or an alternation',
    },
  },
  {
    input: "rule pack with a regex prone to polynomial backtracking (adjacent unbounded repeats)",
    path: "pack-regex-poly/doc.md",
    build: (root) => {
      write(root, "pack-regex-poly/mrlint.config.yaml", "packs: [./packs]\n");
      write(root, "pack-regex-poly/packs/kommun/gammalt.yml", packRule("kommun/gammalt", "gammal.*.*.*x"));
      write(root, "pack-regex-poly/doc.md", POLICY);
    },
    outcome: {
      config:
        'packs: the rule pack "pack-regex-poly/packs" cannot be loaded: pack-regex-poly/packs/kommun/gammalt.yml: check.terms.sv[0].pattern: unsafe pattern "gammal.*.*.*x": at most one unbounded repeat (*, +, {n,}) is allowed: bound the others, for example \\w{1,30}',
    },
  },
  {
    input: "rule pack with a duplicate rule id",
    path: "pack-duplicate/doc.md",
    build: (root) => {
      write(root, "pack-duplicate/mrlint.config.yaml", "packs: [./packs]\n");
      write(root, "pack-duplicate/packs/a/gammalt.yml", packRule("kommun/gammalt", "gammal\\w*"));
      write(root, "pack-duplicate/packs/b/gammalt.yml", packRule("kommun/gammalt", "åldring\\w*"));
      write(root, "pack-duplicate/doc.md", POLICY);
    },
    outcome: {
      config:
        'packs: the rule pack "pack-duplicate/packs" cannot be loaded: pack-duplicate/packs/b/gammalt.yml: id: "kommun/gammalt" is already defined in pack-duplicate/packs/a/gammalt.yml; rule ids must be unique',
    },
  },
  {
    input: "a path that does not exist",
    path: "missing.md",
    explicit: true,
    build: () => undefined,
    outcome: { error: "not-found", message: "missing.md: no such file or directory" },
  },
  {
    input: "a named pipe (FIFO) named .md, which would block a reader forever",
    path: "pipe.md",
    explicit: true,
    build: (root) => makeFifo(path.join(root, "pipe.md")),
    outcome: { error: "not-a-file", message: "pipe.md: not a regular file but a named pipe (FIFO); mrlint reads files only" },
  },
  {
    input: "a directory without read permission",
    path: "locked",
    build: (root) => {
      write(root, "locked/inside.md", POLICY);
    },
    outcome: { error: "unreadable-directory", message: "locked: cannot read the directory (EACCES)" },
  },
];

/** Files that must be linted in the same run, whatever happens to the others. */
const GOOD = ["good.md", "ok/plan-en.md", "ok/plan.txt"];

let root: string;
let run: CliRun;
let reports: Map<string, JsonFile>;
/** Whether chmod 000 really keeps this process out (false when running as root). */
let permissionsEnforced = false;

beforeAll(async () => {
  root = path.join(tmpdir(), `mrlint-bad-input-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  write(root, "good.md", POLICY);
  write(root, "ok/plan-en.md", "# Plan\n\nThe council will support the elderly and the handicapped.\n");
  write(root, "ok/plan.txt", POLICY);
  for (const entry of ENTRIES) await entry.build(root);

  const locked = path.join(root, "locked");
  chmodSync(locked, 0o000);
  try {
    readdirSync(locked);
  } catch {
    permissionsEnforced = true;
  }
  // As root, chmod is not enforced: make readdir fail with EACCES for that folder instead (see the preload).
  const env: Record<string, string> = permissionsEnforced
    ? {}
    : {
        NODE_OPTIONS: `--import=${pathToFileURL(path.join(import.meta.dirname, "support/unreadable-dir-preload.mjs")).href}`,
        MRLINT_TEST_UNREADABLE_DIR: locked,
      };
  const explicit = ENTRIES.filter((e) => e.explicit).map((e) => e.path);
  run = await runCliAsync(["--format", "json", ".", ...explicit], { cwd: root, env });
  const parsed = JSON.parse(run.stdout) as JsonFile[];
  reports = new Map(parsed.map((r) => [path.relative(root, r.filePath).split(path.sep).join("/"), r]));
}, 240_000);

afterAll(() => {
  try {
    chmodSync(path.join(root, "locked"), 0o700);
  } catch {
    // Already gone.
  }
  rmSync(root, { recursive: true, force: true });
});

describe("bad-input catalogue", () => {
  it("has at least 25 inputs", () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(25);
  });

  it("the CLI run exits 2 and still lints every good file", () => {
    expect(run.status, run.stderr).toBe(2);
    for (const good of GOOD) {
      const report = reports.get(good);
      expect(report, good).toBeDefined();
      expect(report!.messages.some((m) => m.fatal)).toBe(false);
      expect(report!.messages.some((m) => m.ruleId === "mr/inclusive-language")).toBe(true);
    }
    // Nothing else reached stderr than the config problems (no stack traces, no crash).
    expect(run.stderr).not.toMatch(/internal error|at .+\.js:\d+/);
  });

  describe.each(ENTRIES.map((e) => [e.input, e] as const))("%s", (_, entry) => {
    it("through the CLI", () => {
      const outcome = entry.outcome;
      if ("config" in outcome) {
        const lines = run.stderr.split(/\n(?=mrlint: )/).map((l) => l.replace(/^mrlint: /, "").trimEnd());
        const matching = lines.filter((l) => (typeof outcome.config === "string" ? l === outcome.config : outcome.config.test(l)));
        expect(matching, run.stderr).toHaveLength(1);
        // The files under the broken config are skipped, not half-linted.
        expect(reports.has(entry.path)).toBe(false);
        return;
      }
      const report = reports.get(entry.path);
      expect(report, `no result for ${entry.path}`).toBeDefined();
      if ("error" in outcome) {
        expect(report!.messages).toHaveLength(1);
        const [message] = report!.messages;
        expect(message).toMatchObject({ fatal: true, ruleId: null, code: outcome.error });
        expect(message.message).toContain(entry.path);
        if (typeof outcome.message === "string") expect(message.message).toBe(outcome.message);
        else expect(message.message).toMatch(outcome.message);
      } else {
        expect(report!.messages.filter((m) => m.fatal)).toEqual([]);
        outcome.check?.(report!);
      }
    });

    it("through the library (lintFile / findFiles)", async () => {
      const outcome = entry.outcome;
      if (entry.path === "locked") {
        // Discovery reports the folder; simulated through the replaceable file system, whatever the uid.
        const denying: DiscoveryFs = {
          stat: (p) => statSync(p),
          readdir: (p) => {
            if (path.resolve(p) === path.join(root, "locked")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
            return readdirSync(p, { withFileTypes: true });
          },
          readText: (p) => {
            try {
              return readFileSync(p, "utf8");
            } catch {
              return null;
            }
          },
        };
        const found = await findFiles(["locked", "good.md"], { cwd: root, fs: denying });
        expect(found.files).toEqual([path.join(root, "good.md")]);
        expect(found.errors).toEqual([{ path: path.join(root, "locked"), code: "unreadable-directory", message: "locked: cannot read the directory (EACCES)" }]);
        return;
      }
      const result = await lintFile(entry.path, { cwd: root, locale: "en" });
      if ("config" in outcome) {
        expect(result.result).toBeUndefined();
        expect(result.error?.code).toMatch(/^config-(invalid|syntax)$/);
        const configDir = entry.path.split("/")[0];
        expect(result.error?.message).toContain(configDir);
        return;
      }
      if ("error" in outcome) {
        expect(result.result).toBeUndefined();
        expect(result.error?.code).toBe(outcome.error);
        if (typeof outcome.message === "string") expect(result.error?.message).toBe(outcome.message);
        else expect(result.error?.message).toMatch(outcome.message);
      } else {
        expect(result.error).toBeUndefined();
        expect(result.result).toBeDefined();
        for (const d of result.result!.diagnostics) {
          expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.range.end.offset).toBeLessThanOrEqual(result.document!.source.length);
        }
      }
    }, 60_000);
  });

  it("the unreadable folder is really unreadable, or the run used the simulation", () => {
    // Documents which path the permission entry took; both end in the same EACCES report.
    expect(typeof permissionsEnforced).toBe("boolean");
    expect(reports.get("locked")?.messages[0].message).toBe("locked: cannot read the directory (EACCES)");
  });
});

describe("each kind of bad input alone still exits 2", () => {
  it.each([
    ["binary.md", (dir: string) => write(dir, "binary.md", junkBytes(4096, 3))],
    ["encrypted.docx", (dir: string) => write(dir, "encrypted.docx", encryptedDocx())],
    ["mrlint.config.yaml", (dir: string) => write(dir, "mrlint.config.yaml", "rules: [\n")],
  ])("%s next to a good file", async (name, build) => {
    const dir = path.join(tmpdir(), `mrlint-bad-one-${process.pid}-${name}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, "good"), { recursive: true });
    try {
      writeFileSync(path.join(dir, "good", "plan.md"), POLICY);
      build(dir);
      const one = await runCliAsync(["--format", "json", "."], { cwd: dir });
      expect(one.status).toBe(2);
      expect(one.stdout + one.stderr).toContain(name);
      if (name !== "mrlint.config.yaml") {
        const results = JSON.parse(one.stdout) as JsonFile[];
        expect(results.find((r) => r.filePath.endsWith("plan.md"))?.messages.some((m) => m.ruleId === "mr/inclusive-language")).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
