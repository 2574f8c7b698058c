/**
 * Report templates: wording as data. A template is Mustache text (logic-less: no eval, no
 * `new Function`, so it runs under the panes' strict CSP and in Apps Script) with a short front
 * matter, whose rendered lines are read with a small line markup:
 *
 *   ---                         front matter: `key: value` lines (values are templates too)
 *   ten: Báo cáo tháng
 *   trichYeu: Kết quả … tháng {{thang}} năm {{nam}}
 *   ---
 *   # I. HEADING               level-1 heading     ## 1. Heading   level 2     ### 1.1. Heading   level 3
 *   ## ~ Heading                numbered for you (I., 1., 1.1.), so a section left out leaves no gap
 *   - item                      an item as the reports write it ("- …")        + sub-item ("+ …")
 *   any other line              a paragraph; [^text] anywhere is a footnote
 *
 * Values from the sheet or the settings can never make markup: `{{value}}` is escaped so that its
 * brackets, line starts and control characters stay plain text; a line break typed in a value starts
 * a new paragraph of the same kind.
 */
import Mustache from 'mustache';
import type { Block, Inline } from './model';

const DATA = '\uE000'; // a value from data starts here
const LB = '\uE001'; // a line break inside a value
const OPEN = '\uE002'; // "[" from data
const CLOSE = '\uE003'; // "]" from data

// XML 1.0 cannot hold these; Word refuses a file that does.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uE000-\uE003]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function plainText(s: string): string {
  return s.replace(INVALID, '');
}

function escapeValue(value: unknown): string {
  const s = plainText(String(value ?? ''))
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/\n/g, LB)
    .replace(/\[/g, OPEN)
    .replace(/\]/g, CLOSE);
  return DATA + s;
}

const restore = (s: string) =>
  s
    .replace(/\uE000/g, '')
    .replace(/\uE002/g, '[')
    .replace(/\uE003/g, ']');

export interface ReportTemplate {
  meta: Record<string, string>;
  body: string;
}

export class TemplateError extends Error {}

export function parseTemplate(text: string): ReportTemplate {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const meta: Record<string, string> = {};
  let body = src;
  if (src.startsWith('---\n')) {
    const end = src.indexOf('\n---', 4);
    if (end < 0) throw new TemplateError('Mẫu báo cáo thiếu dòng "---" đóng phần đầu.');
    for (const line of src.slice(4, end).split('\n')) {
      const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line.trim());
      if (m) meta[m[1]!] = m[2]!;
    }
    body = src.slice(src.indexOf('\n', end + 1) + 1);
  }
  try {
    Mustache.parse(body);
  } catch (e) {
    throw new TemplateError(`Mẫu báo cáo viết sai cú pháp: ${(e as Error).message}`);
  }
  return { meta, body };
}

/** Renders one template string (a front-matter value) to plain text. */
export function renderText(tpl: string, view: object): string {
  return restore(Mustache.render(tpl, view, {}, { escape: escapeValue }).replace(/\uE001/g, ' ')).trim();
}

type TextBlock = Exclude<Block, { kind: 'table' }>;

export function renderBlocks(tpl: ReportTemplate, view: object): Block[] {
  const out = Mustache.render(tpl.body, view, {}, { escape: escapeValue });
  const blocks: TextBlock[] = [];
  for (const line of out.split('\n')) {
    const pieces = line.split(LB);
    const first = pieces[0]!.trim();
    if (first === '' && pieces.length === 1) continue;
    const lead = lineKind(first);
    blocks.push(makeBlock(lead.kind, inlines(lead.rest)));
    // A value's own line breaks continue as blocks of the same kind (an item stays an item).
    for (const p of pieces.slice(1)) {
      const t = p.trim();
      if (t === '') continue;
      const own = /^[-+] /.exec(t);
      blocks.push(
        own ? makeBlock(t[0] === '+' ? 'item+' : 'item-', inlines(t.slice(2))) : makeBlock(lead.kind === 'paragraph' ? 'paragraph' : lead.kind, inlines(t)),
      );
    }
  }
  return numberHeadings(dropEmptySections(onceEachFootnote(blocks.map(tidy).filter((b) => b.content.length > 0))));
}

/**
 * A heading with nothing under it before the next heading of its level or above is left out, with its number
 * (structure from data: "3. Công tác số hóa…" never stands empty before "4.").
 */
function dropEmptySections(blocks: TextBlock[]): TextBlock[] {
  const keep = blocks.map(() => true);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'heading') continue;
    let content = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const n = blocks[j]!;
      if (n.kind === 'heading' && n.level <= b.level) break;
      if (keep[j] && n.kind !== 'heading') {
        content = true;
        break;
      }
      if (keep[j] && n.kind === 'heading') {
        content = true; // a kept sub-heading has content of its own
        break;
      }
    }
    keep[i] = content;
  }
  return blocks.filter((_b, i) => keep[i]);
}

/** A document cited twice is footnoted once, where it is first cited. */
function onceEachFootnote(blocks: TextBlock[]): TextBlock[] {
  const seen = new Set<string>();
  for (const b of blocks) {
    b.content = b.content.filter((x) => {
      if (!('footnote' in x)) return true;
      const key = x.footnote.map((r) => r.text).join('');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return blocks;
}

/**
 * What a clause left out may leave behind, mended: "; ." → ".", ", ;" → ";", "( )" dropped, no space before a
 * punctuation mark, no line opening with one. Typed text passes through this too; the sequences mended are ones it
 * rarely has, and an ellipsis (",...") is left as typed.
 */
function tidy(b: TextBlock): TextBlock {
  const runs = b.content.filter((x): x is { text: string } => 'text' in x && !('footnote' in x));
  for (const r of runs) {
    r.text = r.text
      .replace(/\(\s*\)/g, '')
      .replace(/\s+([,;:.)])/g, '$1')
      .replace(/([,;:])(?=[,;:]|\.(?!\.))/g, '')
      .replace(/\(\s+/g, '(');
  }
  const first = runs[0];
  if (first && first === b.content[0]) first.text = first.text.replace(/^[\s,;:.]+/, '');
  b.content = b.content.filter((x) => !('text' in x) || x.text !== '');
  return b;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "~ " at the start of a heading becomes its number: I., II. at level 1; 1., 2. under it; 1.1. below. */
function numberHeadings(blocks: TextBlock[]): TextBlock[] {
  const n = [0, 0, 0];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const i = b.level - 1;
    n[i]!++;
    for (let j = i + 1; j < n.length; j++) n[j] = 0;
    const first = b.content[0];
    if (!first || !('text' in first) || !first.text.startsWith('~ ')) continue;
    const label = b.level === 1 ? `${ROMAN[n[0]! - 1] ?? n[0]}.` : b.level === 2 ? `${n[1]}.` : `${n[1]}.${n[2]}.`;
    first.text = `${label} ${first.text.slice(2)}`;
  }
  return blocks;
}

type LineKind = 'h1' | 'h2' | 'h3' | 'item-' | 'item+' | 'paragraph';

/** Markup only where the template itself writes it: a line opening with a value is a paragraph. */
function lineKind(line: string): { kind: LineKind; rest: string } {
  if (line.startsWith(DATA)) {
    const t = line.slice(1);
    // A clerk's own "- " at the start of a free-text value is an item, as they meant it.
    if (/^[-+] /.test(t)) return { kind: t[0] === '+' ? 'item+' : 'item-', rest: DATA + t.slice(2) };
    return { kind: 'paragraph', rest: line };
  }
  const m = /^(###|##|#|-|\+) (.*)$/.exec(line);
  if (!m) return { kind: 'paragraph', rest: line };
  const kind = ({ '#': 'h1', '##': 'h2', '###': 'h3', '-': 'item-', '+': 'item+' } as const)[m[1] as '#'];
  return { kind, rest: m[2]! };
}

function makeBlock(kind: LineKind, content: Inline[]): TextBlock {
  switch (kind) {
    case 'h1':
      return { kind: 'heading', level: 1, content };
    case 'h2':
      return { kind: 'heading', level: 2, content };
    case 'h3':
      return { kind: 'heading', level: 3, content };
    case 'item-':
      return { kind: 'item', marker: '-', content };
    case 'item+':
      return { kind: 'item', marker: '+', content };
    default:
      return { kind: 'paragraph', content };
  }
}

/** Text with [^footnotes]; whitespace runs folded as in the reports. */
function inlines(s: string): Inline[] {
  const out: Inline[] = [];
  const re = /\[\^([^\]]*)\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const text = (t: string) => {
    const r = restore(t).replace(/[ \u00A0]{2,}/g, ' ');
    if (r.trim() !== '') out.push({ text: out.length === 0 ? r.trimStart() : r });
  };
  while ((m = re.exec(s))) {
    text(s.slice(last, m.index));
    const note = restore(m[1]!).trim();
    if (note) out.push({ footnote: [{ text: note }] });
    last = m.index + m[0].length;
  }
  text(s.slice(last));
  const end = out[out.length - 1];
  if (end && 'text' in end) end.text = end.text.trimEnd();
  return out;
}
