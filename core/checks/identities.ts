/** The identities between the measures of one record: the form's, and those the numbering line states. */
import { columnLetters } from '../grid/a1';
import type { Finding, RuleId } from '../catalogue/findings';
import type { IdentityDef } from '../catalogue/forms';
import { MSG } from '../catalogue/messages';
import type { TableContext } from '../tables/context';
import type { TableEdits } from './edits';
import { fc, finding, type TableFindings } from './finding';

export interface RowIdentity {
  rule: RuleId;
  severity?: 'error' | 'warning';
  total: number;
  parts: { col: number; sign: 1 | -1 }[];
  title: string;
  /** From the numbering row only: worded after its text. */
  stated?: string;
  /** A stated formula every record breaks (this many): reported once as the line's, not checked record by record. */
  unkept?: number;
}

/** The identities that apply to the table: the form's, then those of the numbering row not already among them. */
export function rowIdentities(ctx: TableContext): RowIdentity[] {
  const out: RowIdentity[] = [];
  const keys = new Set<string>();
  const key = (total: number, parts: { col: number; sign: number }[]) =>
    `${total}=${parts
      .map((p) => `${p.sign}${p.col}`)
      .sort()
      .join(',')}`;
  for (const id of ctx.form.identities) {
    const r = resolveIdentity(ctx, id);
    if (!r) continue;
    keys.add(key(r.total, r.parts));
    out.push(r);
  }
  for (const s of ctx.table.stated) {
    const parts = s.parts.map((p) => ({ col: p.line, sign: p.sign }));
    if (keys.has(key(s.total, parts))) continue;
    keys.add(key(s.total, parts));
    out.push({ rule: 'cong-thuc-danh-so', total: s.total, parts, title: s.text, stated: s.text });
  }
  for (const id of out) {
    // A form's identity that holds in a record is kept: most tables say so at their first rows.
    const { holds, fails } = tally(ctx, id, id.severity !== 'warning');
    // A warning identity the table itself keeps (the channels add up to what was received in at least two records and
    // fail in at most a third of them): this office's total holds no dossiers carried over apart. It then counts as
    // an edit like any other: an error, and evidence of which cell is wrong.
    if (id.severity === 'warning' && holds >= 2 && fails * 2 <= holds) delete id.severity;
    // An identity no record keeps says more about the table than about its figures: a numbering line's formula
    // copied from another form, or a form's identity this office does not keep (dossiers returned, withdrawn or
    // waiting for supplements counted apart, DESIGN §3.3b). Said once, and not used to judge the records.
    if (fails >= (id.stated ? 2 : 3) && holds === 0) id.unkept = fails;
  }
  return out;
}

/** In how many records the identity holds, and in how many it fails (records with every cell a number); `early`: stop at the first that holds. */
function tally(ctx: TableContext, id: RowIdentity, early: boolean): { holds: number; fails: number } {
  let holds = 0;
  let fails = 0;
  for (const r of ctx.table.records) {
    if (early && holds > 0) break;
    if (r.role === 'section') continue;
    const cells = [id.total, ...id.parts.map((p) => p.col)];
    if (cells.some((c) => ctx.state(r.line, c) !== 1)) continue;
    let sum = 0;
    for (const p of id.parts) sum += p.sign * ctx.num(r.line, p.col);
    if (sum === ctx.num(r.line, id.total)) holds++;
    else fails++;
  }
  return { holds, fails };
}

function resolveIdentity(ctx: TableContext, id: IdentityDef): RowIdentity | undefined {
  const total = ctx.cols.get(id.total);
  if (total === undefined) return undefined;
  if (id.unless?.some((c) => ctx.cols.has(c))) return undefined;
  const parts: { col: number; sign: 1 | -1 }[] = [];
  for (const p of id.parts) {
    const c = ctx.cols.get(p);
    if (c === undefined) return undefined;
    parts.push({ col: c, sign: 1 });
  }
  for (const p of id.optionalParts ?? []) {
    const c = ctx.cols.get(p);
    if (c !== undefined) parts.push({ col: c, sign: 1 });
  }
  const rule = id.rule as RuleId;
  const short = (c: string) => shortLabel(ctx.conceptLabel(c));
  const title = `${short(id.total)} = ${[...id.parts, ...(id.optionalParts ?? []).filter((c) => ctx.cols.has(c))].map(short).join(' + ')}`;
  const r: RowIdentity = { rule, total, parts, title };
  if (id.severity) r.severity = id.severity;
  return r;
}

/** "Số hồ sơ đã giải quyết" → "đã giải quyết": short enough to write an equation with. */
function shortLabel(label: string): string {
  const s = label.replace(/^(Tổng số hồ sơ|Tổng số|Số hồ sơ|Số)\s+/u, '');
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/**
 * The identities of one record. A broken one is an edit for the localiser (explain.ts decides which cell to name);
 * a warning identity (the channels against a total that may hold dossiers carried over) is said as it is, with no
 * value proposed: it is not an edit, and a value mending it could break one.
 */
/** Identities no record keeps: one warning each, at the numbering line's formula or the total measure's heading. */
export function unkeptIdentities(ctx: TableContext, ids: RowIdentity[], findings: Finding[]): void {
  const line = ctx.table.numbering?.line;
  for (const id of ids) {
    if (!id.unkept) continue;
    if (id.stated && line !== undefined) findings.push(finding(ctx, 'danh-so-khong-khop', line, id.total, MSG.unkeptStated(id.stated, id.unkept), null, null));
    else if (!id.stated) {
      const apart = id.rule === 'can-doi-tiep-nhan' || id.rule === 'tong-da-giai-quyet';
      findings.push(finding(ctx, 'dang-thuc-khong-giu', ctx.table.header.first, id.total, MSG.unkeptIdentity(id.title, id.unkept, apart), null, null));
    }
  }
}

export function identities(ctx: TableContext, row: number, ids: RowIdentity[], out: TableFindings, edits: TableEdits): void {
  const label = ctx.rowLabel(row);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id.unkept) continue;
    let bad = false;
    let allEmpty = true;
    const st = ctx.state(row, id.total);
    if (st === 3) continue;
    if (st === 1) allEmpty = false;
    const total = st === 1 ? ctx.num(row, id.total) : 0;
    let sum = 0;
    for (const p of id.parts) {
      const s = ctx.state(row, p.col);
      if (s === 3) {
        bad = true;
        break;
      }
      if (s === 1) {
        allEmpty = false;
        sum += p.sign * ctx.num(row, p.col);
      }
    }
    if (bad || allEmpty) continue;
    if (total === sum) continue;
    const partVals = id.parts.map((p) => (ctx.state(row, p.col) === 1 ? ctx.num(row, p.col) : 0));
    const actual = fc(total);
    const expected = fc(sum);
    const message = id.stated
      ? MSG.statedIdentity({
          label,
          a1Row: row + 1,
          text: id.stated,
          total: columnLetters(id.total),
          actual,
          expr: id.parts.map((p, i) => `${i === 0 ? (p.sign < 0 ? '-' : '') : p.sign < 0 ? ' - ' : ' + '}${fc(partVals[i]!)}`).join(''),
          sum: expected,
        })
      : MSG.identity({
          label,
          a1Row: row + 1,
          total: ctx.columnLabel(id.total),
          actual,
          parts: id.parts.map((p) => ctx.columnLabel(p.col)),
          values: partVals.map(fc),
          sum: expected,
          diff: fc(Math.abs(total - sum)),
          unit: ctx.form.unit,
        });
    const soft = id.severity === 'warning';
    const f = finding(
      ctx,
      id.rule,
      row,
      id.total,
      message,
      actual,
      soft ? null : expected,
      id.parts.map((p) => ctx.a1(row, p.col)),
    );
    if (id.severity) f.severity = id.severity;
    const edit = soft ? null : edits.rowEdit(row, i);
    if (edit) out.broken.push({ edit, finding: f, name: MSG.checkName.row(id.title) });
    else out.findings.push(f);
  }
}
