// The development server for sideloading the Excel add-in: office-addin/dist over HTTPS on localhost:3000
// (the manifest's addresses). The certificate comes from office-addin-dev-certs, which creates a development
// CA and asks the OS to trust it on first use; tests never load this file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHttpsServerOptions } from 'office-addin-dev-certs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'office-addin', 'dist');
const arg = process.argv.indexOf('--port');
const port = Number(arg > 0 ? process.argv[arg + 1] : 3000);
const TYPES = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

if (!existsSync(join(root, 'taskpane.html'))) {
  console.error('Chưa có office-addin/dist: hãy chạy "npm run build:excel" trước.');
  process.exit(1);
}

const server = createServer(await getHttpsServerOptions(), (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)).replace(/^([/\\])+/, '');
  const file = join(root, path || 'taskpane.html');
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Không tìm thấy');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
server.listen(port, () => console.log(`Báo cáo CCHC: https://localhost:${port}/taskpane.html (Ctrl+C để dừng)`));
