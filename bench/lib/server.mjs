// A tiny static server for measurements: pre-compressed bodies (perf-notes pitfall 3), SPA
// fallback, `Cache-Control: no-cache`, a fixed port on 127.0.0.1 that must be free (pitfall 8).
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Which table entry answers a URL path, or undefined for a 404. */
function lookup(files, urlPath) {
  if (files.has(urlPath)) return urlPath;
  const asDir = urlPath.replace(/\/?$/, '/index.html');
  if (files.has(asDir)) return asDir;
  // Client-side routes (/review, /q/danger) have no extension; missing assets do and get a 404.
  if (path.posix.extname(urlPath) === '') return '/index.html';
}

/** Serves a loadDist() table. Resolves once listening; rejects if the port is taken. */
export function serve(files, port) {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const key = lookup(files, urlPath);
    if (!key) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' }).end('not found');
      return;
    }
    const file = files.get(key);
    const accept = req.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
    const body = encoding ? file[encoding] : file.raw;
    res.writeHead(200, {
      'Content-Type': TYPES[path.posix.extname(key)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding && { 'Content-Encoding': encoding }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject); // EADDRINUSE: fail rather than measure some other server
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // keep-alive sockets from the browser would hold close() open
          }),
      });
    });
  });
}
