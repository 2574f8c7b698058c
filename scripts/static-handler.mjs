// Serves a built directory as it is (the Excel add-in's dev server): known content types, nothing outside it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Everything is re-read on each load (no-store), so a rebuild shows at once; but the add-in's icons (assets/*.png)
 * must be cacheable: Office shows a generic icon for one served with no-cache/no-store (Microsoft Learn, "Office
 * Add-ins manifest", Hosting requirements). Office caches icons by URL anyway: a changed icon needs a new file name.
 */
function cacheControlOf(relativePath) {
  return /^assets\/[^/]+\.png$/.test(relativePath.split(sep).join('/')) ? 'public, max-age=86400' : 'no-store';
}

/** A node:http(s) request handler for the files under `root`; "/" is the task pane. */
export function staticHandler(root, index = 'taskpane.html') {
  return (req, res) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)).replace(/^[/\\]+/, '');
    } catch {
      path = '\0';
    }
    const file = join(root, path || index);
    if (!(file + sep).startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Không tìm thấy');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cacheControlOf(relative(root, file)) });
    res.end(readFileSync(file));
  };
}
