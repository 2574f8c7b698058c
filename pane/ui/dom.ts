/** DOM helpers that only ever set text and attributes: data never becomes markup. */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export function clear(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
}

/** Runs long work once at a time: the button is disabled and the status says what is happening. */
export async function busy<R>(button: HTMLButtonElement, status: HTMLElement, work: (say: (s: string) => void) => Promise<R>): Promise<R | undefined> {
  if (button.disabled) return undefined;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  status.classList.remove('error');
  try {
    return await work((s) => (status.textContent = s));
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
