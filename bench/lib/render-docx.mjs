// Writes a generated policy as a Word .docx with the `docx` package (root devDependency): real
// heading styles, bullet and numbered lists, and tables, so the reader sees what Word users produce.

/** @param {import("./policy.mjs").Policy} policy @returns {Promise<Buffer>} */
export async function renderDocx(policy) {
  const docx = await import("docx");
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, LevelFormat, AlignmentType, WidthType } = docx;
  const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  const children = [];
  let orderedLists = 0;
  for (const block of policy.blocks) {
    switch (block.kind) {
      case "heading":
        children.push(new Paragraph({ text: block.text, heading: headingLevels[block.level] }));
        break;
      case "meta":
        for (const [key, value] of block.pairs) {
          children.push(new Paragraph({ children: [new TextRun({ text: `${key}: `, bold: true }), new TextRun(value)] }));
        }
        break;
      case "paragraph":
        children.push(new Paragraph({ text: block.text }));
        break;
      case "list":
        if (block.ordered) orderedLists++;
        for (const item of block.items) {
          children.push(
            block.ordered
              ? new Paragraph({ text: item, numbering: { reference: "numbered", level: 0, instance: orderedLists } })
              : new Paragraph({ text: item, bullet: { level: 0 } }),
          );
        }
        break;
      case "table":
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: block.rows.map(
              (row, i) =>
                new TableRow({
                  tableHeader: i === 0,
                  children: row.map(
                    (cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: i === 0 })] })] }),
                  ),
                }),
            ),
          }),
        );
        children.push(new Paragraph({ text: "" }));
        break;
    }
  }
  const document = new Document({
    creator: "mrlint bench",
    title: policy.title,
    numbering: {
      config: [
        {
          reference: "numbered",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
