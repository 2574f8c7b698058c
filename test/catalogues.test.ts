/** Each concept is catalogued once, as data; these tests keep the catalogues whole and their readers in step. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_ERROR_CODES, HOST_ERRORS } from '../core/catalogue/host-errors';
import { indicatorDefs } from '../core/catalogue/indicators';
import { RATES } from '../core/catalogue/rates';
import { REPORT_KINDS, templateFileOf } from '../core/catalogue/report-kinds';
import { SETTING_FIELDS } from '../core/catalogue/settings-fields';
import { DEFAULT_TARGETS } from '../core/catalogue/targets';
import { FORMS } from '../core/catalogue/forms';
import { RULES } from '../core/catalogue/findings';
import { ROLLUP_MSG, turnedLineWords } from '../core/catalogue/messages';
import { ROLLUP_RULES } from '../core/catalogue/rollup';
import { rollUp, unitInput } from '../core/rollup';
import { REPO_ROOT } from './helpers/reference';

const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

describe('catalogues', () => {
  it('roll-up finding codes: each in ROLLUP_RULES with a Vietnamese title and a sentence, none a check code too', () => {
    for (const [id, r] of Object.entries(ROLLUP_RULES)) {
      expect(r.title, id).toMatch(VIETNAMESE);
      expect(typeof ROLLUP_MSG[id as keyof typeof ROLLUP_MSG], id).toBe('function');
      expect(Object.keys(RULES), id).not.toContain(id);
    }
    // A roll-up with units missing, doubled, unreadable and outside the list: every code it gives is catalogued.
    const some = (name: string, counts: Record<string, number>) => ({
      ...unitInput(`${name}.xlsx`, name, [], { coQuanBanHanh: name }, { findings: [], summary: { errors: 0 } }),
      counts,
    });
    const r = rollUp(
      [
        some('Xã A', { 'tiep-nhan': 10, 'da-giai-quyet': 8, 'dang-giai-quyet': 2 }),
        some('Xã A', { 'tiep-nhan': 10 }),
        some('Xã C', { 'tiep-nhan': 5 }),
        some('Xã D', { 'tiep-nhan': 7, 'da-giai-quyet': 7 }),
      ],
      {
        list: [
          { name: 'Xã A', code: 'X1' },
          { name: 'Xã B', code: 'X2' },
        ],
      },
    );
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['trung', 'thieu', 'ngoai-danh-sach', 'tong-thieu-cot']));
    for (const f of r.findings) expect(Object.keys(ROLLUP_RULES)).toContain(f.rule);
    // The words of the page, not the codes: no concept id in a roll-up sentence.
    for (const f of r.findings) expect(f.message).not.toMatch(/«[a-z]+(?:-[a-z]+)+»/);
  });

  it('every report kind has its template, and the pane bundles each one', () => {
    const pane = readFileSync(join(REPO_ROOT, 'pane/report-run.ts'), 'utf8');
    for (const k of REPORT_KINDS) {
      expect(existsSync(join(REPO_ROOT, 'templates/bao-cao', templateFileOf(k.id)))).toBe(true);
      expect(pane).toContain(`'${k.id}'`);
    }
  });

  it('every host error code is worded in Vietnamese', () => {
    for (const c of HOST_ERROR_CODES) expect(HOST_ERRORS[c]).toMatch(VIETNAMESE);
  });

  it('settings fields: one key each, sheet labels folded and never shared by two fields', () => {
    const keys = SETTING_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const labels = SETTING_FIELDS.flatMap((f) => f.sheetLabels);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l).toMatch(/^[a-z0-9 ]+$/);
  });

  it('every indicator has a default target entry (a number with its source, or none), and no target names an unknown indicator', () => {
    const ids = indicatorDefs().map((d) => d.id);
    expect(Object.keys(DEFAULT_TARGETS).sort()).toEqual([...ids].sort());
  });

  it('every identity, bound and rate of a form names concepts of that form, and each rule id is in the findings catalogue', () => {
    for (const f of FORMS) {
      const known = new Set<string>(f.concepts.map((c) => c.id));
      for (const id of f.identities) {
        for (const c of [id.total, ...id.parts, ...(id.optionalParts ?? []), ...(id.unless ?? [])]) expect(known.has(c), `${f.id}: ${c}`).toBe(true);
        expect(RULES).toHaveProperty(id.rule);
      }
      for (const b of f.bounds) {
        expect(known.has(b.small) && known.has(b.big)).toBe(true);
        expect(RULES).toHaveProperty(b.rule);
      }
      for (const r of f.rates)
        for (const id of r.definitions)
          for (const c of [r.concept, ...RATES[id].numerator, ...RATES[id].denominator]) expect(known.has(c), `${f.id}: ${c}`).toBe(true);
      for (const rule of f.rules) expect(known.has(rule.concept), `${f.id}: ${rule.concept}`).toBe(true);
    }
  });
});

describe("turnedLineWords: a turned table's rows and columns", () => {
  it('trades "dòng" and "cột" in the message, never in what the clerk wrote', () => {
    expect(turnedLineWords('Dòng «Lũy kế», cột «Dòng tiền»: ghi 5; cộng 3 dòng số liệu, cột tổng.')).toBe(
      'Cột «Lũy kế», dòng «Dòng tiền»: ghi 5; cộng 3 cột số liệu, dòng tổng.',
    );
    // "cộng", "dòng đánh số" and words that merely contain the letters are left alone.
    expect(turnedLineWords('theo dòng đánh số cột (1 2 3), cộng dồn')).toBe('theo cột đánh số dòng (1 2 3), cộng dồn');
  });
});

describe('concept ids', () => {
  it('CONCEPT_IDS is exactly the set of the forms’ concepts (the type keeps the other direction)', async () => {
    const { CONCEPT_IDS } = await import('../core/catalogue/concepts');
    const used = new Set(FORMS.flatMap((f) => f.concepts.map((c) => c.id)));
    expect([...CONCEPT_IDS].sort()).toEqual([...used].sort());
    expect(new Set(CONCEPT_IDS).size).toBe(CONCEPT_IDS.length);
  });
});
