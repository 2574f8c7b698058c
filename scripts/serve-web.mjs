// `npm run web`: the built page (web/dist) on http://127.0.0.1:8080, for trying it as a province would serve it.
import { createServer } from 'node:http';

import { WEB_DIST } from './build-web.mjs';
import { staticHandler } from './static-handler.mjs';

const port = Number(process.env.PORT ?? 8080);
createServer(staticHandler(WEB_DIST, 'index.html')).listen(port, '127.0.0.1', () => {
  console.log(`Báo cáo CCHC (trang web): http://127.0.0.1:${port}/  — dừng bằng Ctrl+C`);
});
