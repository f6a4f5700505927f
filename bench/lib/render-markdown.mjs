// Writes a generated policy as Markdown with YAML front matter, GFM pipe tables and lists.

function yamlString(value) {
  return JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar
}

function escapeCell(text) {
  return text.replace(/\|/g, "\\|");
}

/** @param {import("./policy.mjs").Policy} policy */
export function renderMarkdown(policy) {
  const out = ["---"];
  for (const [key, value] of Object.entries(policy.frontMatter)) out.push(`${key}: ${yamlString(value)}`);
  out.push("---", "");
  for (const block of policy.blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level)} ${block.text}`, "");
        break;
      case "meta":
        // One paragraph of bold labels, the way Swedish styrdokument open.
        for (const [key, value] of block.pairs) out.push(`**${key}:** ${value}`);
        out.push("");
        break;
      case "paragraph":
        out.push(block.text, "");
        break;
      case "list":
        block.items.forEach((item, i) => out.push(`${block.ordered ? `${i + 1}.` : "-"} ${item}`));
        out.push("");
        break;
      case "table": {
        const [head, ...rows] = block.rows;
        out.push(`| ${head.map(escapeCell).join(" | ")} |`);
        out.push(`| ${head.map(() => "---").join(" | ")} |`);
        for (const row of rows) out.push(`| ${row.map(escapeCell).join(" | ")} |`);
        out.push("");
        break;
      }
    }
  }
  return out.join("\n");
}
