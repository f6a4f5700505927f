import { describe, expect, it } from "vitest";
import { attrValue, decodeXmlText, escapeXmlText, rawIndexOfDecoded, Tok, XmlCursor, XmlSyntaxError } from "./xml-cursor.js";

describe("XmlCursor", () => {
  it("reports tags and text with raw positions, including '>' inside attribute values", () => {
    const xml = `<?xml version="1.0"?><a x="1>2" y='z'><!-- c --><b/>t&amp;u<![CDATA[<raw>]]></a>`;
    const c = new XmlCursor(xml);
    const seen: string[] = [];
    for (let k = c.next(); k !== Tok.End; k = c.next()) seen.push(`${k}:${xml.slice(c.start, c.end)}`);
    expect(seen).toEqual([`${Tok.Open}:<a x="1>2" y='z'>`, `${Tok.SelfClose}:<b/>`, `${Tok.Text}:t&amp;u`, `${Tok.CData}:<![CDATA[<raw>]]>`, `${Tok.Close}:</a>`]);
  });

  it("refuses markup declarations such as DOCTYPE and ENTITY", () => {
    const c = new XmlCursor(`<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`);
    expect(() => c.next()).toThrow(XmlSyntaxError);
  });

  it("reads attribute values by exact name, decoded", () => {
    expect(attrValue(` w:id="3" w:idx="4" w:val="a &amp; b"`, "w:id")).toBe("3");
    expect(attrValue(` w:idx="4"`, "w:id")).toBeUndefined();
    expect(attrValue(` w:val = 'a &amp; b'`, "w:val")).toBe("a & b");
  });

  it("decodes predefined and numeric entities and leaves unknown ones literal", () => {
    expect(decodeXmlText("&lt;&gt;&amp;&quot;&apos;&#229;&#xE4;&nbsp;")).toBe(`<>&"'åä&nbsp;`);
    expect(escapeXmlText("a<b&c>")).toBe("a&lt;b&amp;c&gt;");
  });

  it("maps decoded offsets back to raw offsets without splitting an entity", () => {
    const raw = "m&#246;j &amp; x";
    expect(decodeXmlText(raw)).toBe("möj & x");
    expect(raw.slice(0, rawIndexOfDecoded(raw, 2))).toBe("m&#246;");
    expect(raw.slice(rawIndexOfDecoded(raw, 4))).toBe("&amp; x");
    expect(rawIndexOfDecoded(raw, 7)).toBe(raw.length);
  });
});
