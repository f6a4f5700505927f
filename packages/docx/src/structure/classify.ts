/**
 * Block kinds from mammoth: the tagged document goes through
 * `convertToHtml` with our style map, and each paragraph tag found in the
 * HTML is classified by the elements around it (h1-h6, li in ul/ol,
 * blockquote, td/th).
 */
import JSZip from "jszip";
import mammoth from "mammoth";
import type { DocxPackage } from "../package/open-package.js";
import { REL_TYPE, relsPathFor } from "../package/relationships.js";
import { TAG_PREFIX } from "./tag-paragraphs.js";

export interface ParagraphClass {
  kind: "heading" | "paragraph" | "list-item" | "quote";
  /** Heading level, or list nesting depth (1-based); 0 otherwise. */
  depth: number;
  quoted: boolean;
}

/** Parts mammoth reads besides the main document (images are never read: see convertImage). */
const SIDE_PARTS = [REL_TYPE.styles, REL_TYPE.numbering, REL_TYPE.footnotes, REL_TYPE.endnotes, REL_TYPE.comments];

export async function classifyWithMammoth(pkg: DocxPackage, taggedXml: string, styleMap: string[]): Promise<Map<number, ParagraphClass>> {
  const mini = new JSZip();
  const copy = async (path: string) => {
    const text = await pkg.readXml(path);
    if (text !== undefined) mini.file(path, text);
  };
  await copy("[Content_Types].xml");
  await copy("_rels/.rels");
  await copy(relsPathFor(pkg.mainPath));
  for (const type of SIDE_PARTS) {
    const path = await pkg.relatedPart(type);
    if (path) await copy(path);
  }
  mini.file(pkg.mainPath, taggedXml);
  const buffer = await mini.generateAsync({ type: "nodebuffer", compression: "STORE" });
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      styleMap,
      includeEmbeddedStyleMap: false,
      ignoreEmptyParagraphs: false,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
    },
  );
  return classifyHtml(result.value);
}

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "ul", "ol", "blockquote", "table", "tr"]);
const VOID = new Set(["br", "img", "input", "hr"]);
const ANCHOR = new RegExp(`^\\s+id="${TAG_PREFIX}(\\d+)"`);

export function classifyHtml(html: string): Map<number, ParagraphClass> {
  const out = new Map<number, ParagraphClass>();
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [, close, rawName, attrs] = m;
    const name = rawName.toLowerCase();
    if (close) {
      if (!BLOCKS.has(name)) continue;
      const i = stack.lastIndexOf(name);
      if (i >= 0) stack.length = i;
      continue;
    }
    if (name === "a") {
      const a = ANCHOR.exec(attrs);
      if (a) {
        const n = Number(a[1]);
        if (!out.has(n)) out.set(n, classifyContext(stack));
      }
      continue;
    }
    if (BLOCKS.has(name) && !VOID.has(name) && !attrs.endsWith("/")) stack.push(name);
  }
  return out;
}

function classifyContext(stack: readonly string[]): ParagraphClass {
  let lists = 0;
  let quoted = false;
  for (const e of stack) {
    if (e === "ul" || e === "ol") lists++;
    else if (e === "blockquote") quoted = true;
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i];
    if (e.length === 2 && e[0] === "h" && e[1] >= "1" && e[1] <= "6") return { kind: "heading", depth: Number(e[1]), quoted };
    if (e === "li") return { kind: "list-item", depth: Math.max(1, lists), quoted };
    if (e === "td" || e === "th") break;
  }
  return quoted ? { kind: "quote", depth: 0, quoted } : { kind: "paragraph", depth: 0, quoted };
}
