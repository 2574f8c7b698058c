/**
 * A FAKE Google Picker for the browser tests: what https://apis.google.com/js/api.js answers in the folder dialog
 * (test/e2e/gas-fixture.ts routes that URL here). It has the shape the real API has (gapi.load('picker', …),
 * google.picker.PickerBuilder / DocsView, the Action / Response / Document constants with Google's values), shows
 * the user's folders as buttons, and calls the builder's callback as Google does:
 * `{ action: 'picked', docs: [{ id, name, mimeType }] }`, or `{ action: 'cancel' }`.
 * What the page built the Picker with is kept in `window.__picker` for the test to check.
 */
export interface FakeFolder {
  id: string;
  name: string;
}

export function fakeGapi(folders: FakeFolder[]): string {
  return `(() => {
  const folders = ${JSON.stringify(folders)};
  const FOLDER = 'application/vnd.google-apps.folder';
  window.gapi = {
    load(name, then) {
      const done = typeof then === 'function' ? then : then && then.callback;
      setTimeout(() => (name === 'picker' ? done && done() : then && then.onerror && then.onerror()), 10);
    },
  };
  const google = (window.google = window.google || {});
  const built = (window.__picker = {});
  class DocsView {
    constructor(viewId) { this.o = { viewId }; }
    setSelectFolderEnabled(v) { this.o.selectFolderEnabled = v; return this; }
    setIncludeFolders(v) { this.o.includeFolders = v; return this; }
    setMimeTypes(m) { this.o.mimeTypes = m; return this; }
    setParent(p) { this.o.parent = p; return this; }
    setMode(m) { this.o.mode = m; return this; }
  }
  class PickerBuilder {
    constructor() { this.cb = () => {}; }
    addView(v) { (built.views = built.views || []).push(v.o); return this; }
    setOAuthToken(t) { built.token = t; return this; }
    setDeveloperKey(k) { built.developerKey = k; return this; }
    setAppId(a) { built.appId = a; return this; }
    setOrigin(o) { built.origin = o; return this; }
    setLocale(l) { built.locale = l; return this; }
    setTitle(t) { built.title = t; return this; }
    setSize(w, h) { built.size = [w, h]; return this; }
    enableFeature(f) { (built.features = built.features || []).push(f); return this; }
    setCallback(cb) { this.cb = cb; return this; }
    build() {
      const cb = this.cb;
      return {
        setVisible(v) {
          if (!v) return;
          const box = document.createElement('div');
          box.setAttribute('role', 'dialog');
          box.setAttribute('aria-label', built.title || 'Google Picker');
          const list = document.createElement('ul');
          for (const f of folders) {
            const li = document.createElement('li');
            const b = document.createElement('button');
            b.type = 'button';
            b.textContent = f.name;
            b.addEventListener('click', () => {
              box.remove();
              cb({ action: 'picked', docs: [{ id: f.id, name: f.name, mimeType: FOLDER, type: 'folder' }] });
            });
            li.append(b);
            list.append(li);
          }
          const cancel = document.createElement('button');
          cancel.type = 'button';
          cancel.textContent = 'Hủy';
          cancel.addEventListener('click', () => {
            box.remove();
            cb({ action: 'cancel' });
          });
          box.append(list, cancel);
          document.body.append(box);
          cb({ action: 'loaded' });
        },
      };
    }
  }
  google.picker = {
    ViewId: { DOCS: 'all', FOLDERS: 'folders' },
    Action: { CANCEL: 'cancel', PICKED: 'picked', LOADED: 'loaded', ERROR: 'error' },
    Response: { ACTION: 'action', DOCUMENTS: 'docs', PARENTS: 'parents', VIEW: 'viewToken' },
    Document: { ID: 'id', NAME: 'name', MIME_TYPE: 'mimeType', URL: 'url', TYPE: 'type' },
    DocsView,
    PickerBuilder,
  };
})();`;
}
