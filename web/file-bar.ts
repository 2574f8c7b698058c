/**
 * The web page's file bar, above the tabs: «Chọn tệp bảng tính…» (a button over a hidden file input) and a drop zone;
 * the file's name once chosen; the settings kept in this browser, to export and import as a file.
 */
import { el } from '../pane/ui/dom';
import { download } from '../pane/hosts/download';
import { W } from './messages';
import type { SettingsStore } from './settings-store';

/** A button that opens a file input (hidden: its own look is the browser's, and its name is not ours). */
export function fileButton(
  label: string,
  opts: { id: string; accept?: string; multiple?: boolean; folder?: boolean },
  onFiles: (files: File[]) => void,
): { button: HTMLButtonElement; input: HTMLInputElement } {
  const input = el('input', {
    type: 'file',
    id: `${opts.id}-input`,
    hidden: true,
    tabindex: '-1',
    'aria-hidden': 'true',
    accept: opts.accept,
    multiple: opts.multiple,
  });
  // A folder: every file below it (Chrome, Edge, Firefox); Tổng hợp keeps those directly inside, as the command line.
  if (opts.folder) input.setAttribute('webkitdirectory', '');
  const button = el('button', { type: 'button', id: opts.id }, [label]);
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    // The same file chosen again after a fix must fire again.
    input.value = '';
    if (files.length) onFiles(files);
  });
  return { button, input };
}

export function fileBar(store: SettingsStore, onFile: (f: File) => void): { node: HTMLElement; setName: (name: string) => void } {
  const name = el('p', { class: 'muted', id: 'file-name', 'aria-live': 'polite' }, [W.noFile]);
  const pick = fileButton(W.pick, { id: 'btn-pick-file', accept: W.accept }, (fs) => onFile(fs[0]!));
  pick.button.classList.add('primary');
  const drop = el('div', { class: 'drop-zone actions', id: 'drop-zone' }, [pick.button, el('span', { class: 'muted' }, [W.drop]), pick.input]);
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer?.files?.[0];
    if (f) onFile(f);
  });

  const said = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'settings-status' }, [store.persistent ? '' : W.settings.unavailable]);
  const exportBtn = el('button', { type: 'button', id: 'btn-settings-export' }, [W.settings.export]);
  exportBtn.addEventListener('click', () => {
    download(W.settings.fileName, new TextEncoder().encode(store.exportText()), 'application/json');
    said.textContent = W.settings.exported;
  });
  const imp = fileButton(W.settings.import, { id: 'btn-settings-import', accept: '.json,application/json' }, (fs) => {
    const f = fs[0]!;
    const bad = () => {
      said.textContent = W.settings.bad(f.name);
      said.classList.add('error');
    };
    // A file changed or gone since it was picked cannot be read: said as a file that is not one.
    f.text().then((text) => {
      try {
        said.textContent = W.settings.imported(store.importText(text));
        said.classList.remove('error');
      } catch {
        bad();
      }
    }, bad);
  });
  const settings = el('details', { class: 'web-settings' }, [
    el('summary', {}, [W.settings.title]),
    el('div', { class: 'actions' }, [exportBtn, imp.button, imp.input]),
    said,
  ]);
  const node = el('section', { class: 'file-bar', 'aria-label': W.fileBar }, [drop, name, settings]);
  return { node, setName: (n) => (name.textContent = W.chosen(n)) };
}
