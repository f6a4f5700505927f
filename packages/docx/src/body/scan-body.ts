/**
 * One pass over word/document.xml that numbers every body `w:p` and reads
 * its text the way it reads with tracked changes accepted.
 *
 * Numbering (DESIGN.md, Positions): every `w:p` of the main document in
 * document order of its start tag: table cells, empty paragraphs and text-box
 * paragraphs included (a text box's paragraphs follow the paragraph that
 * anchors it). In `mc:AlternateContent` only the first `mc:Choice` counts;
 * the `mc:Fallback` copy of the same content is not counted again (it is
 * recorded as a mirror so that mammoth, which reads the fallback, sees the
 * same paragraph tags).
 *
 * Text: `w:t` as written; `w:tab`, `w:ptab`, `w:br`, `w:cr` become one space;
 * `w:noBreakHyphen` becomes "-"; soft hyphens, symbols, field codes,
 * footnote/comment references and drawings add nothing. `w:ins`/`w:moveTo`
 * text is kept, `w:del`/`w:moveFrom` text dropped. Line breaks inside `w:t`
 * become spaces so that one paragraph is always one line of the virtual source.
 */
import { attrValue, decodeXmlText, Tok, XmlCursor, XmlSyntaxError } from "../xml/xml-cursor.js";
import type { BodyParagraph, BodyScan, CommentMark, RunInfo, TagSite, TextAtom } from "./types.js";

const Role = {
  None: 0,
  Hidden: 1,
  Para: 2,
  PPr: 3,
  Run: 4,
  Tbl: 5,
  Tr: 6,
  TrPr: 7,
  Tc: 8,
  TcPr: 9,
  Alt: 10,
  Choice: 11,
  SkipChoice: 12,
  Fallback: 13,
  TextBox: 14,
  Sdt: 15,
  SdtPr: 16,
  MirrorPara: 17,
  MirrorPPr: 18,
  TocSimple: 19,
} as const;
type Role = (typeof Role)[keyof typeof Role];

/** Elements whose content is never paragraph text. */
const HIDDEN = new Set([
  "w:del",
  "w:moveFrom",
  "w:rPr",
  "w:tblPr",
  "w:tblGrid",
  "w:sdtEndPr",
  "w:sectPr",
  "w:fldData",
  "w:tblPrEx",
  "w:pPrChange",
  "w:rPrChange",
]);

interface Frame {
  name: string;
  role: Role;
}

interface ParaFrame {
  para: BodyParagraph;
  depth: number;
  run: RunFrame | null;
}

interface RunFrame {
  info: RunInfo;
  index: number;
  depth: number;
  childStart: number;
  sawOther: boolean;
  refs: CommentMark[];
}

interface TableFrame {
  index: number;
  row: number;
  col: number;
  cellCol: number;
  span: number;
  header: boolean;
  cellsInRow: number;
}

interface AltFrame {
  choiceSeen: boolean;
  /** Outermost frame only: paragraphs counted in the first Choice, and the copies mammoth reads. */
  counted: number[];
  visible: TagSite[];
}

export function scanBody(xml: string): BodyScan {
  const c = new XmlCursor(xml);
  const stack: Frame[] = [];
  const paragraphs: BodyParagraph[] = [];
  const comments: CommentMark[] = [];
  const paraStack: ParaFrame[] = [];
  const siteStack: TagSite[] = [];
  const tables: TableFrame[] = [];
  const alts: AltFrame[] = [];
  let tableCount = 0;
  let hidden = 0; // open elements hiding text
  let altHidden = 0; // open non-counted alternate-content branches (later choices, fallbacks)
  let skipChoices = 0; // open later choices (read by nobody)
  let inChoice = 0; // open counted choices (invisible to mammoth)
  let textBoxes = 0;
  let trackedChanges = false;
  let footnoteReferences = 0;
  let untaggedFallbacks = 0;
  let pendingBodyStarts: Array<Pick<CommentMark, "id" | "kind" | "rawStart" | "rawEnd">> = [];
  const fieldToc: boolean[] = [];
  let tocFields = 0;
  let tocSdt = 0;
  const sdtIsToc: boolean[] = [];

  let numPrStart = -1;
  const current = (): ParaFrame | undefined => paraStack[paraStack.length - 1];
  const inToc = () => tocSdt > 0 || tocFields > 0;

  const addAtom = (text: string, rawStart: number, rawEnd: number, contentStart: number, contentEnd: number) => {
    const pf = current();
    if (!pf || text.length === 0) return;
    const p = pf.para;
    const rf = pf.run;
    let child = -1;
    if (rf) {
      // Atoms are never pushed on the stack, so a direct child of the run sees the run's depth + 1.
      if (stack.length === rf.depth + 1) child = rf.info.children.length;
      else rf.info.unsplittable = true;
    }
    const atom: TextAtom = { start: p.text.length, length: text.length, rawStart, rawEnd, contentStart, contentEnd, run: rf ? rf.index : -1, child };
    p.atoms.push(atom);
    p.text += text;
    if (inToc()) p.toc = true;
  };

  for (let k = c.next(); k !== Tok.End; k = c.next()) {
    if (k === Tok.Text || k === Tok.CData) continue;
    const name = c.name;

    if (k === Tok.Close) {
      const f = stack.pop();
      if (!f || f.name !== name) throw new XmlSyntaxError(`unexpected </${name}>`, c.start);
      closeElement(f);
      continue;
    }

    const selfClosing = k === Tok.SelfClose;
    const depth = stack.length; // this element's depth: its parent is stack[depth - 1]
    const parent = stack[depth - 1];
    const pf = current();
    const rf = pf?.run ?? null;
    const isRunChild = rf !== null && depth === rf.depth + 1;
    if (isRunChild) {
      rf.childStart = c.start;
      if (name !== "w:rPr" && name !== "w:commentReference") rf.sawOther = true;
    }

    let role: Role = Role.None;
    switch (name) {
      case "w:p": {
        const site: TagSite = {
          insertAt: c.end,
          selfClosing,
          start: c.start,
          end: c.end,
          openTag: xml.slice(c.start, c.end - (selfClosing ? 2 : 1)),
        };
        if (rf) rf.info.holdsParagraphs = true;
        if (altHidden > 0) {
          // Not counted. If mammoth reads it (a fallback copy outside any choice), keep it as a mirror.
          if (inChoice === 0 && skipChoices === 0 && alts.length > 0) alts[0].visible.push(site);
          if (!selfClosing) {
            role = Role.MirrorPara;
            siteStack.push(site);
          }
          break;
        }
        if (rf) rf.info.unsplittable = true; // a text box paragraph inside this run
        const para: BodyParagraph = {
          index: paragraphs.length,
          start: c.start,
          openEnd: c.end,
          contentStart: c.end,
          closeStart: c.end,
          end: c.end,
          selfClosing,
          text: "",
          atoms: [],
          runs: [],
          numbered: false,
          markDeleted: false,
          inTextBox: textBoxes > 0,
          toc: inToc(),
          mirrors: [],
        };
        const t = tables[tables.length - 1];
        if (t && t.row >= 0) para.table = { table: t.index, row: t.row, column: t.cellCol, header: t.header };
        paragraphs.push(para);
        if (alts.length > 0) alts[0].counted.push(para.index);
        for (const s of pendingBodyStarts) comments.push({ ...s, paragraph: para.index, offset: 0 });
        pendingBodyStarts = [];
        if (!selfClosing) {
          role = Role.Para;
          paraStack.push({ para, depth, run: null });
        }
        break;
      }
      case "w:pPr":
        role = parent?.role === Role.Para ? Role.PPr : parent?.role === Role.MirrorPara ? Role.MirrorPPr : Role.Hidden;
        break;
      case "w:r":
        if (pf && hidden === 0 && altHidden === 0) {
          const info: RunInfo = {
            start: c.start,
            openEnd: c.end,
            closeStart: c.end,
            end: c.end,
            rPr: "",
            children: [],
            unsplittable: false,
            holdsParagraphs: false,
            onlyCommentReference: false,
          };
          pf.para.runs.push(info);
          if (!selfClosing) {
            pf.run = { info, index: pf.para.runs.length - 1, depth, childStart: -1, sawOther: false, refs: [] };
            role = Role.Run;
          }
        }
        break;
      case "w:t":
        if (!selfClosing) {
          const start = c.start;
          const contentStart = c.end;
          let raw = "";
          let cdata = false;
          for (;;) {
            const kk = c.next();
            if (kk === Tok.Text) raw += xml.slice(c.textStart, c.textEnd);
            else if (kk === Tok.CData) {
              raw += xml.slice(c.textStart, c.textEnd).replace(/[&<>]/g, (m) => (m === "&" ? "&amp;" : m === "<" ? "&lt;" : "&gt;"));
              cdata = true;
            } else if (kk === Tok.Close && c.name === "w:t") break;
            else throw new XmlSyntaxError("unexpected markup inside <w:t>", c.start);
          }
          if (hidden === 0 && altHidden === 0) {
            const text = decodeXmlText(raw).replace(/[\r\n\u2028\u2029\u0085\f\v]/g, " ");
            // A CDATA section cannot be split by raw index: such a w:t is one unsplittable piece.
            addAtom(text, start, c.end, cdata ? -1 : contentStart, cdata ? -1 : c.start);
          }
          if (isRunChild) rf.info.children.push({ start, end: c.end });
          continue; // the end tag is consumed
        }
        break;
      case "w:tab":
      case "w:ptab":
      case "w:br":
      case "w:cr":
        if (hidden === 0 && altHidden === 0 && rf) addAtom(" ", c.start, c.end, -1, -1);
        break;
      case "w:noBreakHyphen":
        if (hidden === 0 && altHidden === 0 && rf) addAtom("-", c.start, c.end, -1, -1);
        break;
      case "w:tbl":
        if (altHidden === 0) {
          tables.push({ index: tableCount++, row: -1, col: 0, cellCol: 0, span: 1, header: false, cellsInRow: 0 });
          role = Role.Tbl;
        }
        break;
      case "w:tr":
        if (altHidden === 0 && parent?.role === Role.Tbl) {
          const t = tables[tables.length - 1];
          t.row++;
          t.col = 0;
          t.header = false;
          t.cellsInRow = 0;
          role = Role.Tr;
        }
        break;
      case "w:trPr":
        role = parent?.role === Role.Tr ? Role.TrPr : Role.Hidden;
        break;
      case "w:tblHeader":
        if (parent?.role === Role.TrPr) {
          const v = attrValue(c.attrs, "w:val");
          tables[tables.length - 1].header = v === undefined || v === "1" || v === "true" || v === "on";
        }
        break;
      case "w:gridBefore":
        if (parent?.role === Role.TrPr) {
          const t = tables[tables.length - 1];
          if (t.cellsInRow === 0) t.col = Number(attrValue(c.attrs, "w:val") ?? 0) || 0;
        }
        break;
      case "w:tc":
        if (altHidden === 0 && parent?.role === Role.Tr) {
          const t = tables[tables.length - 1];
          t.cellCol = t.col;
          t.span = 1;
          t.cellsInRow++;
          role = Role.Tc;
        }
        break;
      case "w:tcPr":
        role = parent?.role === Role.Tc ? Role.TcPr : Role.Hidden;
        break;
      case "w:gridSpan":
        if (parent?.role === Role.TcPr) tables[tables.length - 1].span = Math.max(1, Number(attrValue(c.attrs, "w:val") ?? 1) || 1);
        break;
      case "mc:AlternateContent":
        if (!selfClosing) {
          alts.push({ choiceSeen: false, counted: [], visible: [] });
          role = Role.Alt;
        }
        break;
      case "mc:Choice": {
        const a = alts[alts.length - 1];
        if (a && parent?.role === Role.Alt) {
          if (!a.choiceSeen && altHidden === 0) {
            a.choiceSeen = true;
            inChoice++;
            role = Role.Choice;
          } else {
            a.choiceSeen = true;
            altHidden++;
            skipChoices++;
            role = Role.SkipChoice;
          }
        }
        break;
      }
      case "mc:Fallback":
        if (parent?.role === Role.Alt) {
          altHidden++;
          role = Role.Fallback;
        }
        break;
      case "w:txbxContent":
        textBoxes++;
        role = Role.TextBox;
        break;
      case "w:sdt":
        sdtIsToc.push(false);
        role = Role.Sdt;
        break;
      case "w:sdtPr":
        role = Role.SdtPr;
        break;
      case "w:docPartGallery":
        if (parent?.name === "w:docPartObj" && sdtIsToc.length > 0 && /table of contents/i.test(attrValue(c.attrs, "w:val") ?? "")) {
          if (!sdtIsToc[sdtIsToc.length - 1]) tocSdt++;
          sdtIsToc[sdtIsToc.length - 1] = true;
        }
        break;
      case "w:fldChar": {
        if (altHidden > 0 || hidden > 0) break;
        const type = attrValue(c.attrs, "w:fldCharType");
        if (type === "begin") fieldToc.push(false);
        else if (type === "end" && fieldToc.length > 0 && fieldToc.pop()) tocFields--;
        break;
      }
      case "w:instrText":
        if (!selfClosing) {
          const instrStart = c.start;
          const contentStart = c.end;
          const contentEnd = c.skipElement();
          const instr = decodeXmlText(xml.slice(contentStart, contentEnd));
          if (altHidden === 0 && hidden === 0 && fieldToc.length > 0 && !fieldToc[fieldToc.length - 1] && /^\s*TOC\b/.test(instr)) {
            fieldToc[fieldToc.length - 1] = true;
            tocFields++;
          }
          if (isRunChild) rf.info.children.push({ start: instrStart, end: c.end });
          continue;
        }
        break;
      case "w:fldSimple":
        if (!selfClosing && altHidden === 0 && /^\s*TOC\b/.test(attrValue(c.attrs, "w:instr") ?? "")) {
          tocFields++;
          role = Role.TocSimple;
        }
        break;
      case "w:ins":
      case "w:moveTo":
      case "w:del":
      case "w:moveFrom":
        trackedChanges = true;
        break;
      case "w:footnoteReference":
      case "w:endnoteReference":
        if (altHidden === 0 && hidden === 0) footnoteReferences++;
        break;
      case "w:commentRangeStart":
      case "w:commentRangeEnd":
      case "w:commentReference": {
        if (altHidden > 0) break;
        const id = attrValue(c.attrs, "w:id") ?? "";
        const kind = name === "w:commentRangeStart" ? "start" : name === "w:commentRangeEnd" ? "end" : "reference";
        const mark = { id, kind, rawStart: c.start, rawEnd: c.end } as const;
        if (pf) {
          const m: CommentMark = { ...mark, paragraph: pf.para.index, offset: pf.para.text.length };
          comments.push(m);
          if (kind === "reference" && isRunChild) rf.refs.push(m);
        } else if (kind === "start") {
          pendingBodyStarts.push(mark);
        } else {
          const last = paragraphs[paragraphs.length - 1];
          comments.push({ ...mark, paragraph: last ? last.index : 0, offset: last ? last.text.length : 0 });
        }
        break;
      }
      default:
        break;
    }

    if (role === Role.None && HIDDEN.has(name)) role = Role.Hidden;

    // Properties of the counted paragraph: direct children of its w:pPr only (not w:pPrChange).
    if (pf && parent?.role === Role.PPr) {
      if (name === "w:pStyle") pf.para.styleId = attrValue(c.attrs, "w:val");
      else if (name === "w:numPr") {
        pf.para.numbered = true;
        if (selfClosing) pf.para.numPr = xml.slice(c.start, c.end);
        else numPrStart = c.start;
      }
      else if (name === "w:outlineLvl") {
        const v = Number(attrValue(c.attrs, "w:val"));
        if (Number.isInteger(v)) pf.para.outlineLevel = v;
      }
    }
    if (pf && name === "w:del" && depth >= 2 && parent?.name === "w:rPr" && stack[depth - 2].role === Role.PPr) {
      pf.para.markDeleted = true;
    }

    if (selfClosing) {
      if (isRunChild && name !== "w:rPr") rf.info.children.push({ start: c.start, end: c.end });
      continue;
    }
    if (role === Role.Hidden || role === Role.PPr || role === Role.MirrorPPr || role === Role.SdtPr || role === Role.SkipChoice || role === Role.Fallback || role === Role.TrPr || role === Role.TcPr) {
      hidden++;
    }
    stack.push({ name, role });
  }
  if (stack.length > 0) throw new XmlSyntaxError(`unclosed <${stack[stack.length - 1].name}>`, xml.length);
  for (const s of pendingBodyStarts) {
    const last = paragraphs[paragraphs.length - 1];
    comments.push({ ...s, paragraph: last ? last.index : 0, offset: last ? last.text.length : 0 });
  }

  return { paragraphs, comments, trackedChanges, footnoteReferences, untaggedFallbacks };

  function closeElement(f: Frame): void {
    const pf = current();
    const rf = pf?.run ?? null;
    const depth = stack.length; // the closed element's depth
    if (f.name === "w:numPr" && numPrStart >= 0 && pf) {
      pf.para.numPr = xml.slice(numPrStart, c.end);
      numPrStart = -1;
    }
    if (rf && depth === rf.depth + 1) {
      if (f.name === "w:rPr") rf.info.rPr = xml.slice(rf.childStart, c.end);
      else rf.info.children.push({ start: rf.childStart, end: c.end });
    }
    switch (f.role) {
      case Role.Hidden:
      case Role.SdtPr:
      case Role.TrPr:
      case Role.TcPr:
        hidden--;
        break;
      case Role.PPr:
        hidden--;
        if (pf) pf.para.contentStart = c.end;
        break;
      case Role.MirrorPPr:
        hidden--;
        if (siteStack.length > 0) siteStack[siteStack.length - 1].insertAt = c.end;
        break;
      case Role.MirrorPara: {
        const site = siteStack.pop();
        if (site) site.end = c.end;
        break;
      }
      case Role.Para:
        if (pf && pf.depth === depth) {
          pf.para.closeStart = c.start;
          pf.para.end = c.end;
          paraStack.pop();
        }
        break;
      case Role.Run:
        if (pf && rf && rf.depth === depth) {
          rf.info.closeStart = c.start;
          rf.info.end = c.end;
          rf.info.onlyCommentReference = !rf.sawOther;
          if (!rf.sawOther) {
            for (const m of rf.refs) {
              m.runStart = rf.info.start;
              m.runEnd = c.end;
            }
          }
          pf.run = null;
        }
        break;
      case Role.Tbl:
        tables.pop();
        break;
      case Role.Tc: {
        const t = tables[tables.length - 1];
        t.col = t.cellCol + t.span;
        break;
      }
      case Role.Alt: {
        const a = alts.pop()!;
        if (alts.length === 0) {
          // Outermost: pair the counted choice paragraphs with the fallback copies mammoth reads.
          if (a.counted.length === a.visible.length) a.counted.forEach((idx, i) => paragraphs[idx].mirrors.push(a.visible[i]));
          else untaggedFallbacks += a.visible.length;
        }
        break;
      }
      case Role.Choice:
        inChoice--;
        break;
      case Role.SkipChoice:
        altHidden--;
        skipChoices--;
        hidden--;
        break;
      case Role.Fallback:
        altHidden--;
        hidden--;
        break;
      case Role.TextBox:
        textBoxes--;
        break;
      case Role.Sdt:
        if (sdtIsToc.pop()) tocSdt--;
        break;
      case Role.TocSimple:
        tocFields--;
        break;
      default:
        break;
    }
  }
}
