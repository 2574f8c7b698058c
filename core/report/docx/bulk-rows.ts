/**
 * The data rows of a long table, written as WordprocessingML text instead of docx objects.
 *
 * The docx library builds some fifteen objects per table cell and an XML tree of the same size: a 5.000-row
 * appendix (60.000 cells) then costs seconds and most of it in garbage collection. Here a long table carries one
 * marker row; its data rows are written as strings, the same markup the library writes (a test compares the
 * two), and spliced in place of the marker when the document is packed.
 */
import { cleanText, type RunStyle } from './text';

/** Below this many rows the library writes them itself. */
export const BULK_MIN_ROWS = 200;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function runProps(style: RunStyle): string {
  return `<w:rPr>${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italic ? '<w:i/><w:iCs/>' : ''}<w:sz w:val="${style.size * 2}"/><w:szCs w:val="${style.size * 2}"/></w:rPr>`;
}

/** The same runs as `textRuns`: a "\n" starts a run with a line break, a tab is w:tab, empty text no w:t. */
export function runsXml(text: string, style: RunStyle): string {
  const props = runProps(style);
  return cleanText(text)
    .split('\n')
    .map((line, index) => {
      let inner = index > 0 ? '<w:br/>' : '';
      line.split('\t').forEach((part, i) => {
        if (i > 0) inner += '<w:tab/>';
        if (part !== '') inner += `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`;
      });
      return `<w:r>${props}${inner}</w:r>`;
    })
    .join('');
}

export function cellXml(text: string, width: number, align: 'left' | 'center' | 'right', style: RunStyle): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="${align}"/></w:pPr>` +
    `${runsXml(text, style)}</w:p></w:tc>`
  );
}

/** The rows waiting for their markers, per document. */
export class BulkRows {
  private readonly rows = new Map<string, string>();
  private readonly salt = Math.random().toString(36).slice(2, 10);

  /** Registers rows' markup; returns the marker text to put in the placeholder row. */
  add(xml: string): string {
    const marker = `BAOCAO-CCHC-ROWS-${this.rows.size}-${this.salt}`;
    this.rows.set(marker, xml);
    return marker;
  }

  get size(): number {
    return this.rows.size;
  }

  /** The document part with each placeholder row (the w:tr holding its marker) replaced by its rows. */
  splice(documentXml: string): string {
    let xml = documentXml;
    for (const [marker, rows] of this.rows) {
      const at = xml.indexOf(marker);
      if (at < 0) throw new Error(`placeholder row ${marker} not found`);
      const start = xml.lastIndexOf('<w:tr>', at);
      const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
      xml = xml.slice(0, start) + rows + xml.slice(end);
    }
    return xml;
  }
}
