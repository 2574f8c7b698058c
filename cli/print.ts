/** Human-readable output of the command line, grouped by sheet, errors first: lines, made safe where written (cli/stdio.ts). */
import type { CheckResult, Indicator, ScoreItem } from '../core';
import { FORMS, formatCount, RULES, tableSummary } from '../core';

const formLabel = (id: string) => FORMS.find((f) => f.id === id)?.label ?? id;

export function printCheck(file: string, r: CheckResult): string[] {
  const lines: string[] = [];
  lines.push(`Kiểm tra số liệu: ${file}`);
  lines.push(`Tìm thấy ${formatCount(r.tables.length)} bảng:`);
  for (const t of r.tables.map(tableSummary))
    lines.push(
      `  • ${t.sheet}!${t.range} — ${formLabel(t.form)} (${formatCount(t.rows)} dòng số liệu${t.orientation === 'columns' ? ', bảng xoay ngang' : ''})`,
    );
  const { errors, warnings } = r.summary;
  lines.push('');
  lines.push(
    errors === 0 && warnings === 0
      ? 'Kết quả: không phát hiện sai lệch.'
      : `Kết quả: ${formatCount(errors)} lỗi, ${formatCount(warnings)} cảnh báo.${r.summary.truncated ? ` Chỉ liệt kê ${formatCount(r.findings.length)} mục đầu tiên.` : ''}`,
  );
  let sheet: string | undefined;
  for (const f of r.findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push('');
      lines.push(`Trang «${sheet}»`);
    }
    lines.push(`  ${f.severity === 'error' ? 'LỖI     ' : 'CẢNH BÁO'} ${f.cell.padEnd(6)} ${f.message}`);
    const detail = [
      f.actual !== null ? `ghi: ${f.actual}` : '',
      f.expected !== null ? `đúng ra: ${f.expected}` : '',
      f.candidates ? `ô có thể sai: ${f.candidates.join(', ')}` : '',
      `loại: ${RULES[f.rule].title.toLocaleLowerCase('vi')}`,
    ]
      .filter(Boolean)
      .join(' · ');
    lines.push(`  ${' '.repeat(16)}${detail}`);
  }
  return lines;
}

export function printIndicators(file: string, list: Indicator[], scorecard: ScoreItem[] = []): string[] {
  const lines: string[] = [`Chỉ tiêu: ${file}`];
  let group = '';
  let scope = '';
  for (const i of list) {
    const g = `${i.sheet}!${i.table}`;
    if (g !== group) {
      group = g;
      scope = '';
      lines.push('');
      lines.push(`Bảng ${g}`);
    }
    if (i.scope !== scope) {
      scope = i.scope;
      lines.push(`  ${scope}`);
    }
    const frac = i.numerator !== null && i.denominator !== null ? ` = ${formatCount(i.numerator)} / ${formatCount(i.denominator)}` : '';
    const target =
      i.target === null ? '' : ` — mục tiêu ${i.better === 'lower' ? '≤' : '≥'} ${String(i.target).replace('.', ',')}%: ${i.met ? 'đạt' : 'chưa đạt'}`;
    lines.push(`    ${i.label}: ${i.text}${target}`);
    lines.push(`      cách tính: ${i.definition}${frac}`);
  }
  if (list.length === 0) lines.push('Không tính được chỉ tiêu nào từ các bảng đã tìm thấy.');
  if (scorecard.length) {
    lines.push('', 'Bộ chỉ số 766/QĐ-TTg (ước tính từ số liệu trong bảng; điểm của Cổng DVCQG là chính thức)');
    for (const s of scorecard) lines.push(`  ${s.scope} — ${s.label}: ${s.text} (tỷ lệ ${s.rate}; ${s.definition})`);
  }
  return lines;
}
