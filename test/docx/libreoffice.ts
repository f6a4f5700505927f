/**
 * LibreOffice for the Word tests: conversions with `soffice --headless`
 * (each test file uses its own profile folder so parallel runs do not
 * collide), and a reader for the comments LibreOffice shows in a flat ODF
 * (.fodt) export. The tests require LibreOffice: `.ci/run` installs it.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export function sofficePath(): string {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    const p = join(dir, "soffice");
    if (dir && existsSync(p)) return p;
  }
  throw new Error(
    "LibreOffice (soffice) is required for the Word tests and was not found on PATH. Install it with: apt-get install -y libreoffice-writer-nogui",
  );
}

export class LibreOffice {
  readonly profile = mkdtempSync(join(tmpdir(), "mrlint-lo-profile-"));
  private readonly soffice = sofficePath();

  /**
   * Convert `input` into `outDir` with a filter such as `docx:"MS Word 2007 XML"`; returns the output path.
   * The input is copied first: LibreOffice leaves a lock file beside what it opens, and fixtures
   * must not get one.
   */
  async convert(source: string, outDir: string, target: string, infilter?: string): Promise<string> {
    const input = join(mkdtempSync(join(this.profile, "in-")), basename(source));
    copyFileSync(source, input);
    const args = [`-env:UserInstallation=${pathToFileURL(this.profile).href}`, "--headless", "--norestore"];
    if (infilter) args.push(`--infilter=${infilter}`);
    args.push("--convert-to", target, "--outdir", outDir, input);
    await run(this.soffice, args, { timeout: 120_000 });
    const ext = target.split(":")[0];
    const out = join(outDir, `${basename(input, extname(input))}.${ext}`);
    if (!existsSync(out)) throw new Error(`soffice did not write ${out}`);
    return out;
  }

  dispose(): void {
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** A temporary folder for one test file, removed by `cleanup`. */
export function tempDir(prefix: string): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export interface OdfAnnotation {
  author: string;
  initials: string;
  text: string;
  /** Text between the annotation and its office:annotation-end, when in the same paragraph. */
  anchored?: string;
}

export interface OdfParagraph {
  /** Visible text: annotation bodies left out, tabs and line breaks as one space. */
  text: string;
  annotations: OdfAnnotation[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

/**
 * Paragraphs (text:p and text:h, in start-tag order) of a .fodt body with
 * their annotations, as they read with tracked changes accepted (LibreOffice
 * keeps deleted text inline between text:change-start and text:change-end).
 */
export function odfParagraphs(fodt: string): OdfParagraph[] {
  const deletions = new Set<string>();
  for (const m of fodt.matchAll(/<text:changed-region\b[^>]*\btext:id="([^"]*)"[^>]*>\s*<text:deletion>/g)) deletions.add(m[1]);
  const tracked = fodt.indexOf("</text:tracked-changes>");
  const body = fodt.slice(tracked >= 0 ? tracked : fodt.indexOf("<office:text"));
  let deleting: string | null = null;
  const out: OdfParagraph[] = [];
  const stack: number[] = [];
  const open = new Map<string, { para: number; at: number; note: OdfAnnotation }>();
  const token =
    /<office:annotation((?:\s[^>]*)?)>([\s\S]*?)<\/office:annotation>|<office:annotation-end\b([^>]*)\/>|<text:(p|h)\b[^>]*?(\/?)>|<\/text:(?:p|h)>|<text:(?:tab|line-break)\b[^>]*\/>|<text:s\b([^>]*)\/>|<text:note\b[\s\S]*?<\/text:note>|<text:change-(start|end)\b[^>]*text:change-id="([^"]*)"[^>]*\/>|<[^>]+>|([^<]+)/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    const top = stack.length > 0 ? out[stack[stack.length - 1]] : undefined;
    if (m[7] !== undefined) {
      if (m[7] === "start" && deletions.has(m[8])) deleting = m[8];
      else if (m[7] === "end" && deleting === m[8]) deleting = null;
      continue;
    }
    if (deleting !== null && m[9] !== undefined) continue;
    if (m[2] !== undefined) {
      const inner = m[2];
      const note: OdfAnnotation = {
        author: decode(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(inner)?.[1] ?? ""),
        initials: decode(/<meta:creator-initials>([\s\S]*?)<\/meta:creator-initials>/.exec(inner)?.[1] ?? ""),
        text: [...inner.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)].map((p) => decode(p[1].replace(/<[^>]+>/g, ""))).join("\n"),
      };
      if (top) {
        top.annotations.push(note);
        const name = /office:name="([^"]*)"/.exec(m[1])?.[1];
        if (name) open.set(name, { para: stack[stack.length - 1], at: top.text.length, note });
      }
    } else if (m[3] !== undefined) {
      const name = /office:name="([^"]*)"/.exec(m[3])?.[1];
      const start = name ? open.get(name) : undefined;
      if (start && top && start.para === stack[stack.length - 1]) start.note.anchored = top.text.slice(start.at);
    } else if (m[4] !== undefined) {
      out.push({ text: "", annotations: [] });
      if (m[5] !== "/") stack.push(out.length - 1);
    } else if (m[0].startsWith("</text:p") || m[0].startsWith("</text:h")) {
      stack.pop();
    } else if (m[0].startsWith("<text:tab") || m[0].startsWith("<text:line-break")) {
      if (top) top.text += " ";
    } else if (m[6] !== undefined) {
      const c = Number(/text:c="(\d+)"/.exec(m[6])?.[1] ?? 1);
      if (top) top.text += " ".repeat(c);
    } else if (m[9] !== undefined) {
      if (top) top.text += decode(m[9]);
    }
  }
  return out;
}
