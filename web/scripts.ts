/**
 * The page's scripts loaded on first use (the .docx writer, the preview, SheetJS): files beside index.html, added as
 * classic script tags, which a page opened from disk (file://) may load where it may not import modules.
 */
import { HostError } from '../pane/host';
import { W } from './messages';

const loading = new Map<string, Promise<void>>();

export function loadScriptFile(name: string): Promise<void> {
  let p = loading.get(name);
  if (!p) {
    p = new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = `${name}.js`;
      s.onload = () => resolve();
      s.onerror = () => {
        loading.delete(name);
        s.remove();
        reject(new HostError('network', `${name}.js did not load`, W.scriptFailed));
      };
      document.head.append(s);
    });
    loading.set(name, p);
  }
  return p;
}
