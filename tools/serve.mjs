// A small static file server for dist/ (used by `./build.sh serve` and the browser tests).
// Usage: node tools/serve.mjs DIR [PORT] [BASE]   e.g. BASE=/reader/ serves DIR under a sub-path.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

export function startServer(dir, { port = 0, host = '127.0.0.1', base = '/' } = {}) {
  const root = resolve(dir);
  if (!base.endsWith('/')) base += '/';
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    path = path.slice(base.length);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let info;
    try {
      info = statSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    if (!info.isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8000', base = '/'] = process.argv.slice(2);
  startServer(dir, { port: Number(port), base }).then(
    (server) => {
      const { port: p } = server.address();
      console.log(`Brief Reader is being served at http://127.0.0.1:${p}${base}  (Ctrl+C stops)`);
    },
    (err) => {
      console.error(`serve: cannot listen on 127.0.0.1:${port}: ${err.message}`);
      process.exit(1);
    });
}
