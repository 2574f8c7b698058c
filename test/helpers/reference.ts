/**
 * The reference reports' own figures, read from the project's copy of them (test/reference, copied unchanged from
 * the team's shared/reference), so the tests stand on what the offices printed rather than on numbers retyped here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The project's own copy: a clone passes its tests with nothing beside it (test/reference/README.md). */
export const REFERENCE_DIR = join(REPO_ROOT, 'test', 'reference');
/** The team's folder the copies come from, when it is beside the repository. */
export const SHARED_REFERENCE_DIR = process.env.BAO_CAO_SHARED ? join(process.env.BAO_CAO_SHARED, 'reference') : join(REPO_ROOT, '..', 'shared', 'reference');

export function referenceText(file: string): string {
  return readFileSync(join(REFERENCE_DIR, file), 'utf8');
}

/** The markdown tables under a "## <file>" section of seed-figures.md, as rows of cells. */
export function seedTables(reportFile: string): string[][][] {
  const md = referenceText('seed-figures.md');
  const start = md.indexOf(`## ${reportFile}`);
  if (start < 0) throw new Error(`no section for ${reportFile}`);
  const end = md.indexOf('\n## ', start + 4);
  const section = md.slice(start, end < 0 ? undefined : end);
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of section.split('\n')) {
    if (line.startsWith('|')) {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      if (cells.every((c) => /^-+$/.test(c))) continue;
      if (!current) tables.push((current = []));
      current.push(cells);
    } else current = undefined;
  }
  return tables;
}

/**
 * The Châu Thành appendix rows as printed in the report text (after the numbering row, up to and
 * including "Tổng cộng"): [STT or '', field, ...eight counts].
 */
export function chauThanhAppendix(): { stt: string; field: string; counts: number[] }[] {
  const lines = referenceText('bao-cao-cchc-nam-2020-chau-thanh.txt').split('\n');
  const from = lines.findIndex((l) => l.trim().startsWith('1 2 3=4+5 4 5 6=7+8'));
  if (from < 0) throw new Error('numbering row not found');
  const out: { stt: string; field: string; counts: number[] }[] = [];
  let pendingStt = '';
  for (const raw of lines.slice(from + 1)) {
    const line = raw.trim();
    if (line === '') continue;
    if (/^\d+$/.test(line)) {
      pendingStt = line;
      continue;
    }
    const m = /^(?:(\d+)\s+)?(.+?)\s+((?:\d+\s+){7}\d+)$/.exec(line);
    if (!m) continue;
    out.push({ stt: m[1] ?? pendingStt, field: m[2]!.trim(), counts: m[3]!.trim().split(/\s+/).map(Number) });
    pendingStt = '';
    if (m[2]!.startsWith('Tổng cộng')) break;
  }
  return out;
}
