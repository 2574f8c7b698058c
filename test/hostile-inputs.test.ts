/**
 * Hostile inputs to `bao-cao check`, end to end (issue "tables as their own stage", §4): each gives its exit
 * code and its findings or one Vietnamese line, never a stack trace, and leaves the input as it was. Their
 * memory and time are measured in the bench (`npm run bench -- check`), not here.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCliAsync } from './helpers/cli';
import { HOSTILE, writeHostileWorkbook, type HostileKind } from './fixtures/hostile-workbooks';
import { HOSTILE_INPUTS, SLIP_FINDING, type InputClass } from './fixtures/hostile-inputs';
import { REPO_ROOT } from './helpers/reference';

let dir: string;
beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
});

const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** The Lấp Vò workbook's one finding: cấp xã received 1.886, resolved + pending 1.876 (no single cell to blame: no value). */
const LAP_VO_FINDING = { sheet: 'Kết quả TTHC', cell: 'C7', rule: 'can-doi-tiep-nhan', actual: '1.886', expected: null };

describe('hostile workbooks read as the workbook they carry', () => {
  it.each(Object.keys(HOSTILE) as HostileKind[])('%s: the Lấp Vò finding, exit 1, no trace, input untouched', async (kind) => {
    const file = writeHostileWorkbook(REPO_ROOT, dir, kind);
    const before = hash(file);
    const r = await runCliAsync(['check', file, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(
      j.findings
        .filter((f: { severity: string }) => f.severity === 'error')
        .map((f: Record<string, unknown>) => ({ sheet: f.sheet, cell: f.cell, rule: f.rule, actual: f.actual, expected: f.expected })),
    ).toEqual([LAP_VO_FINDING]);
    expect(hash(file)).toBe(before);
  });

  it('a 3 MB header cell: the table is found, the cell cut at 32.767 characters and said, the column reported with its text clipped', async () => {
    const file = join(dir, 'header-3mb.csv');
    const big = `"${'Số liệu khác '.repeat(240_000)}"`;
    writeFileSync(file, `Cấp;Tổng số;Đã giải quyết;Đang giải quyết;${big}\nCấp huyện;308;225;83;x\nCấp xã;1.886;1.722;154;y\n`);
    const before = hash(file);
    const r = await runCliAsync(['check', file, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.findings.map((f: { cell: string; rule: string }) => [f.cell, f.rule])).toEqual([
      ['B3', 'can-doi-tiep-nhan'],
      // Past 32.767 characters (Excel's limit for one cell): cut, and said.
      ['E1', 'doc-tep-co-sua'],
      ['E1', 'cot-khong-nhan-dien'],
    ]);
    expect(r.out.length).toBeLessThan(5000);
    expect(hash(file)).toBe(before);
  });
});

/** Issue 18's corpus (test/fixtures/hostile-inputs.ts): the sizes of the issue, but the 50 MB cell at 5 MB. */
describe('faulty and hostile inputs: read right or refused in one line, never written', () => {
  it.each(Object.keys(HOSTILE_INPUTS) as InputClass[])('%s', async (kind) => {
    const input = HOSTILE_INPUTS[kind];
    const file = input.write(dir, kind === 'huge-html-cell' ? 0.1 : 1);
    const before = hash(file);
    const r = await runCliAsync(['check', file, '--json']);
    expect(r.code, r.err).toBe(input.exit);
    if (input.exit === 2) {
      expect(r.out).toBe('');
      expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.err).toMatch(input.says!);
    } else {
      expect(r.err).toBe('');
      const j = JSON.parse(r.out) as { findings: { rule: string; cell: string; message: string; severity: string }[] };
      expect(j.findings.some((f) => f.rule === SLIP_FINDING.rule && f.cell === `B${SLIP_FINDING.row}`)).toBe(true);
      const notes = j.findings.filter((f) => f.rule === 'doc-tep-co-sua');
      if (input.says) expect(notes.map((f) => f.message)).toEqual([expect.stringMatching(input.says)]);
      else expect(notes).toEqual([]);
    }
    expect(hash(file)).toBe(before);
  });
});

describe('tong-hop reads the same files the same way', () => {
  it('a unit whose CSV mixes line ends is counted with its own total and its slip, and a pasted line is a warning', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tong-hop-18-'));
    HOSTILE_INPUTS['mixed-line-ends'].write(folder);
    HOSTILE_INPUTS['pasted-1258-line'].write(folder);
    const r = await runCliAsync(['tong-hop', folder, '--json']);
    expect(r.code, r.err).toBe(1);
    const j = JSON.parse(r.out) as {
      units: { status: string; errors: number; counts: Record<string, number> }[];
      findings: { rule: string; severity: string }[];
    };
    expect(j.units.map((u) => [u.status, u.errors])).toEqual([
      ['loi', 1],
      ['loi', 1],
    ]);
    expect(j.units.every((u) => Object.values(u.counts).includes(2194))).toBe(true);
    expect(j.findings.filter((f) => f.rule === 'doc-tep-co-sua').map((f) => f.severity)).toEqual(['warning']);
  });
});
