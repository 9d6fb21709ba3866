#!/usr/bin/env node
// Serves a built folder on localhost: the add-in (dist/addin) for the preview mode, or with `web` the web page
// (dist/web, npm run web); the browser tests use it too. Plain http on 127.0.0.1: no certificate needed, and
// nothing is reachable from outside.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };

function createPreviewServer(root = path.join(__dirname, '..', 'dist', 'addin')) {
  return http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel === '/') rel = fs.existsSync(path.join(root, 'index.html')) ? '/index.html' : '/preview.html';
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(data);
    });
  });
}

module.exports = { createPreviewServer };

if (require.main === module) {
  const web = process.argv[2] === 'web';
  const root = path.join(__dirname, '..', 'dist', web ? 'web' : 'addin');
  if (!fs.existsSync(path.join(root, web ? 'index.html' : 'taskpane.html'))) {
    console.error(
      web
        ? 'Chưa có bản dựng trang web: chạy `npm run build:page` trước. / The web page is not built: run `npm run build:page` first.'
        : 'Chưa có bản dựng add-in: chạy `npm run build:addin` trước. / The add-in is not built: run `npm run build:addin` first.',
    );
    process.exit(2);
  }
  const port = Number(process.env.PORT || (web ? 3002 : 3001));
  createPreviewServer(root).listen(port, '127.0.0.1', () => {
    if (web) console.log(`Trang cchc tại / The cchc page at: http://localhost:${port}/`);
    else console.log(`Xem thử task pane tại / Preview the task pane at: http://localhost:${port}/preview.html`);
    console.log('Nhấn Ctrl+C để dừng. / Press Ctrl+C to stop.');
  });
}
