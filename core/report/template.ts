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
import { lookUp, namesOf, type ViewSchema } from './view-schema';

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
  /** The template's file name, for its errors ("thang-644.mustache", the path given to --mau). */
  name?: string;
  /** Where the body starts in the file (1-based), and each front-matter value's line: errors name the file's line. */
  bodyLine?: number;
  metaLines?: Record<string, number>;
}

/** A mistake of the template itself: its file and line, in one Vietnamese sentence. */
export class TemplateError extends Error {
  constructor(
    readonly detail: string,
    readonly line?: number,
    readonly template?: string,
    /** Where the text is when it is not a template file (a settings cell), said instead of the template. */
    readonly place?: string,
  ) {
    super(`${place ?? `Mẫu báo cáo${template ? ` "${template}"` : ''}${line !== undefined ? `, dòng ${line}` : ''}`}: ${detail}`);
    this.name = 'TemplateError';
  }
}

/**
 * How deep {{#…}} / {{^…}} sections may nest. The built-in templates nest five deep; Mustache renders nested sections
 * by recursion, so thousands of them would overflow the stack (a RangeError blamed on nothing in particular).
 */
export const MAX_SECTION_DEPTH = 50;

/** Line numbers of positions in a text, from `first` (the text's first line in the file). */
function lineFinder(text: string, first: number): (pos: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return first + lo;
  };
}

/**
 * Reads the tags of a template as Mustache does (set-delimiter tags included) and refuses, with the line, what
 * Mustache would refuse in English or overflow on: an unclosed tag, a section closed by another name or never
 * closed, sections nested past MAX_SECTION_DEPTH, a partial (no partial is ever given: it would print nothing).
 * Run before Mustache parses the text, so that no depth reaches its recursion.
 */
function scanTags(text: string, first: number, name: string | undefined): void {
  const lineOf = lineFinder(text, first);
  const fail = (detail: string, pos: number): never => {
    throw new TemplateError(detail, lineOf(pos), name);
  };
  let open = '{{';
  let close = '}}';
  const sections: { name: string; pos: number }[] = [];
  let pos = 0;
  for (;;) {
    const start = text.indexOf(open, pos);
    if (start < 0) break;
    let p = start + open.length;
    while (p < text.length && /\s/.test(text.charAt(p))) p++;
    const type = '#^/>{&=!'.includes(text.charAt(p)) && p < text.length ? text.charAt(p) : '';
    if (type) p++;
    let end: number;
    let value: string;
    if (type === '=') {
      const eq = text.indexOf('=', p);
      end = eq < 0 ? -1 : text.indexOf(close, eq + 1);
      value = eq < 0 ? '' : text.slice(p, eq).trim();
    } else if (type === '{') {
      end = text.indexOf(`}${close}`, p);
      value = end < 0 ? '' : text.slice(p, end).trim();
      if (end >= 0) end += 1;
    } else {
      end = text.indexOf(close, p);
      value = end < 0 ? '' : text.slice(p, end).trim();
    }
    if (end < 0) fail(`thẻ «${open}» chưa có «${close}» đóng.`, start);
    pos = end + close.length;
    if (type === '#' || type === '^') {
      sections.push({ name: value, pos: start });
      if (sections.length > MAX_SECTION_DEPTH) fail(`các mục {{#…}} lồng nhau quá ${MAX_SECTION_DEPTH} tầng.`, start);
    } else if (type === '/') {
      const last = sections.pop();
      if (!last) fail(`«${open}/${value}${close}» không đóng mục nào (thiếu «${open}#${value}${close}» ở trước).`, start);
      else if (last.name !== value)
        fail(
          `mục «${open}#${last.name}${close}» (dòng ${lineOf(last.pos)}) phải đóng bằng «${open}/${last.name}${close}» trước «${open}/${value}${close}».`,
          start,
        );
    } else if (type === '>') {
      fail(`không dùng được «${open}>${value}${close}»: mẫu báo cáo không chèn mẫu khác vào.`, start);
    } else if (type === '=') {
      const tags = value.split(/\s+/);
      if (tags.length !== 2 || !tags[0] || !tags[1]) fail(`thẻ đổi dấu «${text.slice(start, pos)}» viết sai: cần hai dấu cách nhau, ví dụ {{=<% %>=}}.`, start);
      [open, close] = tags as [string, string];
    }
  }
  const left = sections.pop();
  if (left) fail(`mục «${open}#${left.name}${close}» chưa có «${open}/${left.name}${close}» đóng.`, left.pos);
}

export function parseTemplate(text: string, name?: string): ReportTemplate {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const meta: Record<string, string> = {};
  const metaLines: Record<string, number> = {};
  let body = src;
  let bodyLine = 1;
  if (src.startsWith('---\n')) {
    const end = src.indexOf('\n---', 4);
    if (end < 0) throw new TemplateError('thiếu dòng "---" đóng phần đầu.', 1, name);
    src
      .slice(4, end)
      .split('\n')
      .forEach((line, i) => {
        const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line.trim());
        if (!m) return;
        meta[m[1]!] = m[2]!;
        metaLines[m[1]!] = i + 2;
        scanTags(m[2]!, i + 2, name);
      });
    const after = src.indexOf('\n', end + 1);
    body = after < 0 ? '' : src.slice(after + 1);
    bodyLine = lineFinder(src, 1)(after + 1);
  }
  scanTags(body, bodyLine, name);
  try {
    Mustache.parse(body);
  } catch (e) {
    throw new TemplateError(`viết sai cú pháp (${(e as Error).message}).`, undefined, name);
  }
  return { meta, body, bodyLine, metaLines, ...(name !== undefined ? { name } : {}) };
}

/** Mustache's parsed tokens: [type, name, start, end, children?]. */
type Token = [string, string, number, number, Token[]?];

/** Levenshtein distance, case folded: how far a name written is from one the view offers. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * Up to three names the template may have meant, the closest by edit distance, none far off; a name usable where it
 * is written before one usable only inside a list's section ("«tiepNhan» (trong {{#tthcCap}}…{{/tthcCap}})").
 */
function closest(name: string, known: { name: string; within?: string }[]): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const seen = new Set<string>();
  return known
    .map((k) => ({ ...k, d: distance(name, k.name) + (k.within ? 0.5 : 0) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .filter((x) => !seen.has(x.name) && seen.add(x.name))
    .slice(0, 3)
    .map((x) => (x.within ? `«${x.name}» (trong {{#${x.within}}}…{{/${x.within}}})` : `«${x.name}»`));
}

const joinOr = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} hoặc ${xs[xs.length - 1]}`);

/**
 * Refuses a name the template writes that no view could give (core/report/view-schema.ts), with its line and the
 * names it may have meant: unchecked, it would print nothing and the text around it be tidied as if meant. Names are
 * resolved as Mustache does: inside {{#x}}…{{/x}} against x's items, then the sections around, then the whole view.
 */
export function checkTemplateNames(tpl: ReportTemplate, schema: ViewSchema): void {
  const check = (text: string, first: number) => {
    const lineOf = lineFinder(text, first);
    let tokens: Token[];
    try {
      tokens = Mustache.parse(text) as unknown as Token[];
    } catch (e) {
      throw new TemplateError(`viết sai cú pháp (${(e as Error).message}).`, first, tpl.name);
    }
    const walk = (tokens: Token[], stack: ViewSchema[][]): void => {
      for (const t of tokens) {
        const [type, name] = t;
        if (type !== 'name' && type !== '&' && type !== '#' && type !== '^') continue;
        // Every shape the name may reach: Mustache takes the innermost section that has it, which one depends on the data.
        const found =
          name === '.' ? stack[stack.length - 1]! : stack.flatMap((frame) => frame.map((s) => lookUp(s, name)).filter((s): s is ViewSchema => s !== undefined));
        if (found.length === 0) {
          const near = closest(
            name,
            stack.flatMap((frame) => frame.flatMap((s) => namesOf(s))),
          );
          const hint = near.length ? ` Có phải ý bạn là ${joinOr(near)}?` : '';
          throw new TemplateError(`không có trường «${name}».${hint}`, lineOf(t[2]), tpl.name);
        }
        if (type === '#') walk(t[4] ?? [], [...stack, found.map((s) => (typeof s === 'object' && 'list' in s ? s.list : s))]);
        else if (type === '^') walk(t[4] ?? [], stack);
      }
    };
    walk(tokens, [[schema]]);
  };
  for (const [key, value] of Object.entries(tpl.meta)) check(value, tpl.metaLines?.[key] ?? 1);
  check(tpl.body, tpl.bodyLine ?? 1);
}

/**
 * A text from the settings sheet that the report renders as a template (the trích yếu may say "tháng {{thang}}"):
 * checked as a template's text is, its mistakes said as the settings cell's (`where`), not as the data's or a crash.
 */
export function checkSettingsText(text: string, where: string, schema: ViewSchema): void {
  if (!text.includes('{{')) return;
  try {
    scanTags(text, 1, where);
    checkTemplateNames({ meta: { text }, body: '', name: where }, schema);
  } catch (e) {
    if (e instanceof TemplateError) throw new TemplateError(e.detail, undefined, undefined, where);
    throw e;
  }
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
 * (structure from data: "3. Công tác số hóa…" never stands empty before "4."). The closing "Trên đây là báo cáo …"
 * belongs to no section: a heading before it with nothing else is empty too.
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
      if (isClosing(n)) break;
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

/** "Trên đây là báo cáo …": the closing sentence of every report (NĐ 30's models end the body so). */
function isClosing(b: TextBlock): boolean {
  if (b.kind !== 'paragraph') return false;
  const first = b.content[0];
  return first !== undefined && 'text' in first && /^Trên đây là\s/u.test(first.text);
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
