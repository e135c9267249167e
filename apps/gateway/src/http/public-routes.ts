import type { NextFunction, Request, Response } from 'express';
import { refusalBody } from '@ascc/contracts';
import { SlidingWindowLimiter } from '../auth/rate-limit';

/** Requests per address and minute to the public routes (no sign-in), per gateway copy. */
export const DEFAULT_PUBLIC_RATE_LIMIT = 120;

/** How long browsers and proxies may keep the public progress page's answer (the service keeps it as long). */
export const PUBLIC_PROGRESS_MAX_AGE_SECONDS = 60;

/**
 * `/api/public/*` needs no sign-in, so anyone may call it in a loop: each address gets
 * PUBLIC_RATE_LIMIT_PER_MINUTE requests a minute (default 120) and then a 429 with Retry-After, in the
 * one error model (rule `tooManyAttempts`), before anything reaches a service.
 */
export function publicRateLimit(env: NodeJS.ProcessEnv = process.env) {
  const configured = Number(env.PUBLIC_RATE_LIMIT_PER_MINUTE);
  const limit = Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_PUBLIC_RATE_LIMIT;
  const limiter = new SlidingWindowLimiter(limit, 60_000);
  return (req: Request & { correlationId?: string }, res: Response, next: NextFunction) => {
    const waitMs = limiter.hit(req.ip ?? 'unknown');
    if (waitMs <= 0) return next();
    res.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
    const body = refusalBody('tooManyAttempts', {}, 'Too many requests from this address; wait a minute');
    res.status(body.status).json({ ...body, correlationId: req.correlationId });
  };
}

/**
 * The public progress page holds nothing personal and changes at most once a minute (the service caches
 * it as long): a successful answer may be kept by browsers and shared caches for a minute, where every
 * other API answer is `no-store`. An error is never kept.
 */
export function publicProgressCaching(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'GET') return next();
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (res.statusCode === 200) {
      res.setHeader('cache-control', `public, max-age=${PUBLIC_PROGRESS_MAX_AGE_SECONDS}`);
      res.removeHeader('pragma');
    }
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  next();
}
