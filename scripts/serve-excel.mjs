// The development server for sideloading the Excel add-in: office-addin/dist over HTTPS on localhost:3000
// (the manifest's addresses). The certificate comes from office-addin-dev-certs, which creates a development
// CA and asks the OS to trust it on first use; tests load static-handler.mjs, never this file.
import { existsSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { staticHandler } from './static-handler.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'office-addin', 'dist');
const arg = process.argv.indexOf('--port');
const port = Number(arg > 0 ? process.argv[arg + 1] : 3000);

if (!existsSync(join(root, 'taskpane.html'))) {
  console.error('Chưa có office-addin/dist: hãy chạy "npm run build:excel" trước.');
  process.exit(1);
}

createServer(await getHttpsServerOptions(), staticHandler(root)).listen(port, () =>
  console.log(`Báo cáo CCHC: https://localhost:${port}/taskpane.html (Ctrl+C để dừng)`),
);
