/** The report as plain text, line by line: the pane's preview, and what tests read. */
import { isFootnoteRef, type Inline, type ReportDocument } from './model';

function inlineText(xs: Inline[], notes: string[]): string {
  return xs
    .map((x) => {
      if (!isFootnoteRef(x)) return x.text;
      notes.push(x.footnote.map((r) => r.text).join(''));
      return `[${notes.length}]`;
    })
    .join('');
}

export function reportText(doc: ReportDocument): string {
  const notes: string[] = [];
  const lines: string[] = [];
  if (doc.draft) lines.push(...doc.draft, '');
  if (doc.header.parentAgency) lines.push(doc.header.parentAgency);
  lines.push(doc.header.agency, doc.header.number, ...(doc.header.subject ?? []));
  lines.push('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', doc.header.placeDate, '');
  if (doc.kind || doc.summary.length) lines.push(...[doc.kind, ...doc.summary].filter(Boolean), '');
  if (doc.recipients.length === 1) lines.push(`Kính gửi: ${doc.recipients[0]}`, '');
  else if (doc.recipients.length > 1) lines.push('Kính gửi:', ...doc.recipients.map((r, i) => `- ${r}${i === doc.recipients.length - 1 ? '.' : ';'}`), '');
  for (const b of doc.body) {
    if (b.kind === 'table') continue;
    const t = inlineText(b.content, notes);
    lines.push(b.kind === 'item' ? `${b.marker} ${t}` : t);
  }
  lines.push('', 'Nơi nhận:', ...doc.distribution, '', ...doc.signature.authority, '', doc.signature.signer);
  if (notes.length) lines.push('', ...notes.map((n, i) => `[${i + 1}] ${n}`));
  for (const a of doc.appendices) {
    lines.push('', a.label, a.title, ...a.subtitle);
    for (const r of a.table.rows) lines.push(r.cells.join(' | '));
    if (a.notes?.length) lines.push('Ghi chú:', ...a.notes);
  }
  return lines.join('\n');
}
