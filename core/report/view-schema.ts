/**
 * What a report template may name, as data: the shape of every view the report can ever give a template (the keys of
 * `compose.ts`'s view, of `figures.ts`'s rows and rates, of the roll-up's `tongHop`), built beside the code that
 * builds the view. A name is known when some view could hold it, not when this sheet's does: a figure the sheet has
 * not is absent from its view, so that `{{#x}}…{{/x}}` leaves its sentence out, and is no mistake in the template.
 */

/** A text (a figure already written, a name); `flag` a yes/no; a list of items; an object of named values. */
export type ViewSchema = 'text' | 'flag' | { readonly list: ViewSchema } | { readonly keys: Readonly<Record<string, ViewSchema>> };

export const TEXT: ViewSchema = 'text';
export const FLAG: ViewSchema = 'flag';
export const list = (item: ViewSchema): ViewSchema => ({ list: item });
export const obj = (keys: Record<string, ViewSchema>): ViewSchema => ({ keys });

// Own keys only: "constructor" or "toString" is no name of the view (Mustache would find them on any object).
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The values one step along `part` from a value of this shape, as Mustache looks a dotted name up. */
function step(s: ViewSchema, part: string): ViewSchema | undefined {
  if (typeof s === 'string') return s === 'text' && part === 'length' ? TEXT : undefined;
  if ('list' in s) return part === 'length' ? TEXT : /^\d+$/.test(part) ? s.list : undefined;
  return has(s.keys, part) ? s.keys[part] : undefined;
}

/**
 * What `name` reaches from a value of this shape, or undefined. A plain name is looked up on an object only (Mustache
 * reads no property of a text or a list by a plain name); a dotted one step by step.
 */
export function lookUp(s: ViewSchema, name: string): ViewSchema | undefined {
  const parts = name.split('.');
  if (parts.length === 1) return typeof s === 'object' && 'keys' in s && has(s.keys, name) ? s.keys[name] : undefined;
  let at: ViewSchema | undefined = s;
  for (const p of parts) {
    if (at === undefined) return undefined;
    at = step(at, p);
  }
  return at;
}

/**
 * Every name a template could write against a value of this shape, dotted ("vb.motCua.ngan", "tyLe.soHoa.length");
 * with `within`, the list whose items have it ("tiepNhan" within "tthcCap"), for a hint where a name is written.
 */
export function namesOf(s: ViewSchema, prefix = '', depth = 4, within?: string): { name: string; within?: string }[] {
  if (typeof s === 'string' || depth === 0) return [];
  if ('list' in s) return prefix && !within ? [{ name: `${prefix}.length` }, ...namesOf(s.list, '', depth - 1, prefix)] : [];
  const out: { name: string; within?: string }[] = [];
  for (const [k, v] of Object.entries(s.keys)) {
    const name = prefix ? `${prefix}.${k}` : k;
    out.push(within ? { name, within } : { name }, ...namesOf(v, name, depth - 1, within));
  }
  return out;
}

/** The paths of `view` (a real view) that `schema` does not offer: for tests that the schema keeps up with the code. */
export function pathsOutside(view: unknown, schema: ViewSchema, prefix = ''): string[] {
  if (view === null || view === undefined || typeof view !== 'object') return [];
  if (Array.isArray(view)) {
    if (typeof schema !== 'object' || !('list' in schema)) return [prefix];
    return view.flatMap((x) => pathsOutside(x, schema.list, `${prefix}[]`));
  }
  if (typeof schema !== 'object' || !('keys' in schema)) return [prefix];
  return Object.entries(view).flatMap(([k, v]) => {
    const name = prefix ? `${prefix}.${k}` : k;
    return has(schema.keys, k) ? pathsOutside(v, schema.keys[k]!, name) : [name];
  });
}
