/** Gives each column of a header band its meaning in a form, from the header text alone. */
import { foldKey, hasPhrase } from '../text/fold';
import { isFigureKind, type ColumnRule, type ConceptGroup, type FormDef } from '../catalogue/forms';

export interface ColumnHeader {
  col: number;
  /** Header texts from top to bottom, consecutive repeats (merged cells) removed, as written. */
  texts: string[];
}

export interface FoldedHeader extends ColumnHeader {
  leaf: string;
  path: string;
  /** The heading right above the leaf, folded ('' when the leaf is the column's only heading). */
  parent: string;
}

/** Headings that name no measure of their own: the group above them does ("Hồ sơ nộp trực tuyến › Tổng số"). */
export const GENERIC_LEAF = /^(tong|tong so|tong cong|cong|so luong|so ho so|trong do|tong so ho so|sl)$/;

/** No heading is longer: a cell of megabytes over a column is matched on its start, in constant time. */
const MAX_HEADING_CHARS = 200;

/** "%" alone under a group header ("Trước hạn › %") is that group's rate; "tỉ lệ" is spelt both ways. */
function foldHeaderText(text: string): string {
  const s = text.length > MAX_HEADING_CHARS ? text.slice(0, MAX_HEADING_CHARS) : text;
  if (/^\s*\(?\s*%\s*\)?\s*$/.test(s)) return 'ty le';
  return foldKey(s).replace(/(^| )ti le( |$)/g, '$1ty le$2');
}

export function foldHeaders(headers: ColumnHeader[]): FoldedHeader[] {
  return headers.map((h) => ({
    ...h,
    leaf: h.texts.length ? foldHeaderText(h.texts[h.texts.length - 1]!) : '',
    path: h.texts.map(foldHeaderText).join(' '),
    parent: h.texts.length > 1 ? foldHeaderText(h.texts[h.texts.length - 2]!) : '',
  }));
}

function anyPhrase(text: string, phrases: string[] | undefined): boolean {
  if (!phrases) return true;
  for (const p of phrases) if (hasPhrase(text, p)) return true;
  return false;
}

function applies(rule: ColumnRule, h: FoldedHeader, lastGroup: ConceptGroup | undefined): boolean {
  if (rule.topLevel && h.parent !== '') return false;
  if (rule.leaf && !anyPhrase(h.leaf, rule.leaf)) return false;
  if (rule.path && !anyPhrase(h.path, rule.path)) return false;
  if (rule.andPath && !anyPhrase(h.path, rule.andPath)) return false;
  if (rule.notPath?.some((p) => hasPhrase(h.path, p))) return false;
  if (rule.after && rule.after !== lastGroup) return false;
  return true;
}

export interface FormMatch {
  form: FormDef;
  /** Concept per column (same order as the headers); undefined where no rule applies. */
  concepts: (string | undefined)[];
  /** Distinct count/rate/value concepts found: how well the form explains the header. */
  score: number;
  hasLabel: boolean;
}

function firstRule(form: FormDef, h: FoldedHeader, lastGroup: ConceptGroup | undefined): string | undefined {
  // The same headers come back in every unit's file of a roll-up (a thousand files, three layouts): each header is
  // matched against a form's rules once. The answer depends on nothing else (applies reads only these).
  const key = `${h.leaf}\u0000${h.path}\u0000${h.parent}\u0000${lastGroup ?? ''}`;
  let memo = ruleMemo.get(form);
  if (!memo) ruleMemo.set(form, (memo = new Map()));
  if (memo.has(key)) return memo.get(key);
  if (memo.size >= RULE_MEMO_SIZE) memo.clear();
  let found: string | undefined;
  for (const rule of form.rules)
    if (applies(rule, h, lastGroup)) {
      found = rule.concept;
      break;
    }
  memo.set(key, found);
  return found;
}

const RULE_MEMO_SIZE = 20_000;
const ruleMemo = new WeakMap<FormDef, Map<string, string | undefined>>();

export function matchForm(form: FormDef, headers: FoldedHeader[], bandText: string): FormMatch | undefined {
  if (form.needsHeader && !form.needsHeader.some((p) => hasPhrase(bandText, p))) return undefined;
  if (form.notHeader?.some((p) => hasPhrase(bandText, p))) return undefined;
  const concepts: (string | undefined)[] = [];
  const seen = new Set<string>();
  let lastGroup: ConceptGroup | undefined;
  let hasLabel = false;
  for (const h of headers) {
    let found: string | undefined;
    if (h.leaf !== '') {
      found = firstRule(form, h, lastGroup);
      // "Tổng số" under a sub-heading is that heading's total ("Hồ sơ nộp trực tuyến › Tổng số" is the online count):
      // read the heading as the leaf. Only a "Tổng số" with no heading above is the table's total.
      if (found === undefined && GENERIC_LEAF.test(h.leaf) && h.parent !== '') found = firstRule(form, { ...h, leaf: h.parent }, lastGroup);
    }
    concepts.push(found);
    if (!found) continue;
    const concept = form.concepts.find((c) => c.id === found);
    if (concept?.group) lastGroup = concept.group;
    if (concept && isFigureKind(concept.kind) && concept.kind !== 'comparison') seen.add(found);
    if (concept?.kind === 'label') hasLabel = true;
  }
  return { form, concepts, score: seen.size, hasLabel };
}
