/**
 * The national scorecard (Bộ chỉ số 766/QĐ-TTg, 100 points in six groups), for the criteria the sheet's counts can
 * compute: an estimate, and said so ("ước tính") beside the portal's own score wherever the sheet holds that. The
 * formulas follow the portal as domain-spec §8.3 reads it: 3.3 over the dossiers received in the period (carried-over
 * ones excluded), 5.2 counting the PAKN still within their deadline; kept here as data.
 */
import { TableContext } from '../tables/context';
import type { Table } from '../tables/table';
import { RATES, type RateId } from '../catalogue/rates';
import { formatPercent } from '../numbers';
import { tableScopes, type Indicator } from './compute';

export interface ScoreCriterion {
  id: string;
  group: string;
  label: string;
  max: number;
  /** Full marks from this rate up (percent); the score is max × rate / fullAt below it. */
  fullAt: number;
  numerator: string[];
  denominator: string[];
  definition: string;
  /** Another way to the same criterion when the sheet lacks the first's counts, and when it may be taken. */
  otherwise?: Pick<ScoreCriterion, 'numerator' | 'denominator' | 'definition'> & { unless?: string[] };
  /** Full marks when the denominator is zero (nothing to handle, nothing handled late). */
  fullWhenNone?: boolean;
  /** Taken from a printed rate (an indicator) when the counts are not in the sheet. */
  fromIndicator?: string;
}

/** A criterion's counts and wording, from the rate catalogue. */
function byRate(id: RateId, note = ''): Pick<ScoreCriterion, 'numerator' | 'denominator' | 'definition'> {
  const r = RATES[id];
  return { numerator: [...r.numerator], denominator: [...r.denominator], definition: r.wording + note };
}

export const SCORE_CRITERIA: ScoreCriterion[] = [
  {
    id: '766-2.1',
    group: 'Tiến độ, kết quả giải quyết',
    label: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
    max: 20,
    fullAt: 100,
    ...byRate('dung-han-va-trong-han/tiep-nhan'),
  },
  {
    id: '766-3.3',
    group: 'Cung cấp dịch vụ trực tuyến',
    label: 'Tỷ lệ hồ sơ nộp trực tuyến',
    max: 6,
    fullAt: 50,
    ...byRate('truc-tuyen/moi-tiep-nhan', ' (đủ điểm từ 50%)'),
  },
  {
    id: '766-3.6',
    group: 'Thanh toán trực tuyến',
    label: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
    max: 6,
    fullAt: 100,
    numerator: [],
    denominator: [],
    definition: '6 × tỷ lệ thanh toán trực tuyến',
    fromIndicator: 'ty-le-thanh-toan-truc-tuyen',
  },
  {
    id: '766-5.2',
    group: 'Mức độ hài lòng',
    label: 'Tỷ lệ PAKN được xử lý đúng hạn',
    max: 6,
    fullAt: 100,
    numerator: ['pakn-dung-han', 'pakn-dang-trong-han'],
    denominator: ['pakn-tong'],
    definition: '(PAKN xử lý đúng hạn + đang xử lý trong hạn) / tổng PAKN (đủ điểm khi không có PAKN)',
    // A sheet with no PAKN pending at all has none within its deadline to count.
    otherwise: { ...byRate('pakn-dung-han/pakn-tong', ' (đủ điểm khi không có PAKN)'), unless: ['pakn-dang-xu-ly'] },
    fullWhenNone: true,
  },
];

export interface ScoreItem {
  id: string;
  group: string;
  label: string;
  scope: string;
  sheet: string;
  /** Points, rounded to two decimals. */
  points: number;
  max: number;
  /** "15,2 / 20 điểm". */
  text: string;
  rate: string;
  definition: string;
}

const points = (c: ScoreCriterion, rate: number) => Math.round(Math.min(c.max, (c.max * rate) / c.fullAt) * 100) / 100;
/** "15,2 / 20 điểm (ước tính)": computed here, never to be read as the portal's score. */
const pointsText = (p: number, max: number) => `${formatPercent(p).replace('%', '')} / ${max} điểm (ước tính)`;

/** The counts a criterion is computed from in this table, if it has them (read, or derived from an identity). */
function waysOf(c: ScoreCriterion, ctx: TableContext): Pick<ScoreCriterion, 'numerator' | 'denominator' | 'definition'> | undefined {
  const has = (k: string) => ctx.cols.has(k) || ctx.partsOf(k) !== undefined;
  if ([...c.numerator, ...c.denominator].every(has)) return c;
  const o = c.otherwise;
  if (o && [...o.numerator, ...o.denominator].every(has) && !(o.unless ?? []).some((k) => ctx.cols.has(k))) return o;
  return undefined;
}

export function computeScorecard(tables: Table[], indicators: Indicator[]): ScoreItem[] {
  const out: ScoreItem[] = [];
  for (const t of tables) {
    const ctx = new TableContext(t);
    const scopes = tableScopes(ctx);
    for (const c of SCORE_CRITERIA) {
      const way = c.fromIndicator ? undefined : waysOf(c, ctx);
      if (!way) continue;
      for (const scope of scopes) {
        const n = scope.sum(way.numerator);
        const d = scope.sum(way.denominator);
        if (n === undefined || d === undefined) continue;
        if (d === 0 && !c.fullWhenNone) continue;
        const rate = d === 0 ? 100 : (n / d) * 100;
        const p = points(c, rate);
        out.push({
          id: c.id,
          group: c.group,
          label: c.label,
          scope: scope.label,
          sheet: ctx.table.sheet,
          points: p,
          max: c.max,
          text: pointsText(p, c.max),
          rate: d === 0 ? '—' : formatPercent(rate),
          definition: way.definition,
        });
      }
    }
  }
  for (const c of SCORE_CRITERIA) {
    if (!c.fromIndicator) continue;
    for (const i of indicators) {
      if (i.id !== c.fromIndicator || i.value === null) continue;
      const p = points(c, i.value);
      out.push({
        id: c.id,
        group: c.group,
        label: c.label,
        scope: i.scope,
        sheet: i.sheet,
        points: p,
        max: c.max,
        text: pointsText(p, c.max),
        rate: i.text,
        definition: c.definition,
      });
    }
  }
  return out;
}
