/**
 * The little XML the .xlsx reader needs, by index arithmetic on decoded text: no DOM, no parser
 * objects. Element names may carry a namespace prefix ("x:row"), taken from the root element.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function entity(m: string, e: string): string {
  if (e.charCodeAt(0) !== 35) return NAMED[e] ?? m;
  const code = e.charCodeAt(1) === 120 || e.charCodeAt(1) === 88 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  if (!(code >= 0 && code <= 0x10ffff)) return m;
  return String.fromCodePoint(code);
}

/** An attribute value or a name: XML entities decoded. */
export function decodeAttr(s: string): string {
  return s.indexOf('&') >= 0 ? s.replace(ENTITY, entity) : s;
}

/**
 * Cell text as Excel means it: line ends normalised as any XML parser does, entities decoded, then
 * Excel's own `_xHHHH_` escapes ("_x000D_" is a carriage return, "_x005F_" a literal underscore).
 * Never trimmed.
 */
export function decodeText(s: string): string {
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') >= 0) s = s.replace(ENTITY, entity);
  if (s.indexOf('_x') >= 0) s = s.replace(EXCEL_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/**
 * A string that does not keep the text it was cut from alive: V8 makes a slice of a long string a view
 * into it, so one kept cell value would pin a whole chunk of sheet XML in memory.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The namespace prefix of the document's root element ("x:" for <x:worksheet>), '' when none; undefined until it is seen. */
export function rootPrefix(text: string): string | undefined {
  let p = 0;
  for (;;) {
    const lt = text.indexOf('<', p);
    if (lt < 0 || lt + 1 >= text.length) return undefined;
    const c = text.charCodeAt(lt + 1);
    if (c === 63 /* ? */ || c === 33 /* ! */) {
      const gt = text.indexOf('>', lt);
      if (gt < 0) return undefined;
      p = gt + 1;
      continue;
    }
    let e = lt + 1;
    while (e < text.length) {
      const ch = text.charCodeAt(e);
      if (ch <= 32 || ch === 62 /* > */ || ch === 47 /* / */) break;
      e++;
    }
    if (e >= text.length) return undefined;
    const name = text.slice(lt + 1, e);
    const colon = name.indexOf(':');
    return colon >= 0 ? name.slice(0, colon + 1) : '';
  }
}

/** Whether `text` has the tag `<name` at `at`, followed by a delimiter (so "<c" does not match "<col"). */
export function tagAt(text: string, at: number, open: string): boolean {
  if (!text.startsWith(open, at)) return false;
  const ch = text.charCodeAt(at + open.length);
  return ch === 62 /* > */ || ch === 47 /* / */ || ch <= 32;
}

/** Next `<name` tag (with a delimiter after it) at or after `from`, before `to`; -1 when none. */
export function findTag(text: string, open: string, from: number, to = text.length): number {
  let p = from;
  for (;;) {
    const i = text.indexOf(open, p);
    if (i < 0 || i >= to) return -1;
    if (tagAt(text, i, open)) return i;
    p = i + 1;
  }
}

/**
 * The value of attribute `name` in the start tag spanning [from, to) (from at "<", to at ">"), raw
 * (entities not decoded); undefined when absent. Matches the local name, so "r:id" is found as "id"
 * only when asked with the prefix or `anyPrefix`.
 */
export function attr(text: string, from: number, to: number, name: string, anyPrefix = false): string | undefined {
  let q = from + 1;
  // Skip the element name.
  while (q < to && text.charCodeAt(q) > 32) q++;
  while (q < to) {
    const c = text.charCodeAt(q);
    if (c <= 32 || c === 47) {
      q++;
      continue;
    }
    const eq = text.indexOf('=', q);
    if (eq < 0 || eq >= to) return undefined;
    let ne = eq;
    while (ne > q && text.charCodeAt(ne - 1) <= 32) ne--;
    let vs = eq + 1;
    while (vs < to && text.charCodeAt(vs) <= 32) vs++;
    const quote = text[vs];
    if (quote !== '"' && quote !== "'") return undefined;
    const ve = text.indexOf(quote, vs + 1);
    if (ve < 0 || ve > to) return undefined;
    const n = text.slice(q, ne);
    if (n === name || (anyPrefix && n.endsWith(':' + name))) return text.slice(vs + 1, ve);
    q = ve + 1;
  }
  return undefined;
}

/** The start tags `<name …>` (or `<name …/>`) in [from, to), each with its attributes read by `attr`. */
export function eachTag(text: string, open: string, from: number, to: number, fn: (start: number, end: number) => void): void {
  let p = from;
  for (;;) {
    const i = findTag(text, open, p, to);
    if (i < 0) return;
    const gt = text.indexOf('>', i);
    if (gt < 0 || gt >= to) return;
    fn(i, gt);
    p = gt + 1;
  }
}
