/** Gives each column of a header band its meaning in a form, from the header text alone. */
import { foldKey, hasPhrase } from '../text/fold';
import type { ColumnRule, ConceptGroup, FormDef } from '../catalogue/forms';

export interface ColumnHeader {
  col: number;
  /** Header texts from top to bottom, consecutive repeats (merged cells) removed, as written. */
  texts: string[];
}

export interface FoldedHeader extends ColumnHeader {
  leaf: string;
  path: string;
}

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
  }));
}

function anyPhrase(text: string, phrases: string[] | undefined): boolean {
  if (!phrases) return true;
  for (const p of phrases) if (hasPhrase(text, p)) return true;
  return false;
}

function applies(rule: ColumnRule, h: FoldedHeader, lastGroup: ConceptGroup | undefined): boolean {
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
      for (const rule of form.rules) {
        if (applies(rule, h, lastGroup)) {
          found = rule.concept;
          break;
        }
      }
    }
    concepts.push(found);
    if (!found) continue;
    const concept = form.concepts.find((c) => c.id === found);
    if (concept?.group) lastGroup = concept.group;
    if (concept && (concept.kind === 'count' || concept.kind === 'rate' || concept.kind === 'value')) seen.add(found);
    if (concept?.kind === 'label') hasLabel = true;
  }
  return { form, concepts, score: seen.size, hasLabel };
}
