// A tiny static file server on loopback, like GitHub Pages: files by path, `/dir/` → `dir/index.html`,
// unknown paths → `404.html` with status 404. Every request is logged for the tests to inspect.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

export const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};

export interface ServedRequest {
  path: string;
  status: number;
}

export interface StaticServer {
  url: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null; // a malformed %-escape is simply not a file
  }
  const abs = normalize(join(root, rel));
  if (abs !== root && !abs.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const st = statSync(abs, { throwIfNoEntry: false });
  if (st?.isFile()) return abs;
  if (st?.isDirectory() && existsSync(join(abs, "index.html"))) return join(abs, "index.html");
  return null;
}

/**
 * Serve `root` on 127.0.0.1 at `prefix` (`/` or, like a GitHub Pages project site, `/blog/`):
 * a request outside the prefix is a 404.
 */
export function serveStatic(root: string, { prefix = "/" } = {}): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    const inside = path.startsWith(prefix) || `${path}/` === prefix;
    const file = inside ? resolveFile(root, `/${path.slice(prefix.length)}`) : null;
    const notFound = join(root, "404.html");
    const status = file ? 200 : 404;
    requests.push({ path, status });
    const body = file ?? (existsSync(notFound) ? notFound : null);
    res.statusCode = status;
    res.setHeader("content-type", body ? MIME_TYPES[extname(body)] ?? "application/octet-stream" : "text/plain");
    if (body) createReadStream(body).pipe(res);
    else res.end("not found");
  });
  return new Promise((resolvePromise) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}${prefix.replace(/\/$/, "")}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
