import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** The encodings the console's build writes beside its files (apps/console/vite.config.mts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * The console's scripts and stylesheets as its build compressed them (`<file>.br`, `<file>.gz`): sent
 * to a browser that accepts one of them, with the file's own type and caching; any other request goes
 * on to the plain files. Only the files found at start are served this way (the build is fixed once
 * deployed), looked up by their exact URL path, so a request never names a path on disk.
 */
export function precompressed(dir: string) {
  const encoded = new Map<string, string[]>();
  const assets = path.join(dir, 'assets');
  if (fs.existsSync(assets))
    for (const file of fs.readdirSync(assets)) {
      const encoding = ENCODINGS.find((e) => file.endsWith(e.suffix));
      if (!encoding) continue;
      const url = `/assets/${file.slice(0, -encoding.suffix.length)}`;
      encoded.set(url, [...(encoded.get(url) ?? []), encoding.name]);
    }
  return (req: Request, res: Response, next: NextFunction) => {
    const available = (req.method === 'GET' || req.method === 'HEAD') && encoded.get(req.path);
    if (!available) return next();
    res.vary('Accept-Encoding');
    // Ours in our order (brotli is smaller), each if the browser accepts it at all: browsers list gzip
    // first ("gzip, deflate, br"), which a negotiation by the browser's order would pick.
    const encoding = ENCODINGS.find(
      (e) => available.includes(e.name) && req.acceptsEncodings(e.name) === e.name,
    );
    if (!encoding) return next();
    res.type(path.extname(req.path));
    res.setHeader('content-encoding', encoding.name);
    res.sendFile(
      path.join(assets, path.basename(req.path) + encoding.suffix),
      { maxAge: '1y', immutable: true },
      (error) => error && next(error),
    );
  };
}
