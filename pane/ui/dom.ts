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

/** Work over this long shows its progress bar (issue: a clerk must see that something happens). */
const PROGRESS_AFTER_MS = 300;

/**
 * Runs long work once at a time: the button is disabled, the status says each step, and after 300 ms a progress bar
 * shows the steps done of `steps`. Focus goes back to the button when the work leaves it nowhere.
 */
export async function busy<R>(
  button: HTMLButtonElement,
  status: HTMLElement,
  work: (say: (s: string) => void) => Promise<R>,
  steps = 3,
): Promise<R | undefined> {
  if (button.disabled) return undefined;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  status.classList.remove('error');
  const bar = el('progress', { class: 'progress', max: String(steps), value: '0', 'aria-label': status.textContent || 'Đang xử lý' });
  bar.hidden = true;
  status.after(bar);
  let done = 0;
  const timer = setTimeout(() => (bar.hidden = false), PROGRESS_AFTER_MS);
  try {
    return await work((s) => {
      status.textContent = s;
      if (s) {
        bar.value = Math.min(steps, done++);
        bar.setAttribute('aria-label', s);
      }
    });
  } finally {
    clearTimeout(timer);
    bar.remove();
    button.disabled = false;
    button.removeAttribute('aria-busy');
    const active = document.activeElement;
    // Focus back without scrolling: what the work brought into view (a preview) stays there.
    if (!active || active === document.body) button.focus({ preventScroll: true });
  }
}

/** Resolves once the browser has drawn what was just put in the page (the next frame, then its paint). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
