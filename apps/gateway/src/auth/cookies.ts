import type { Request } from 'express';

/**
 * The refresh token's cookie: HttpOnly (no script reads it), SameSite=Strict. In development it is
 * `ascc_refresh` on /api/auth over plain http; in production (NODE_ENV=production, or COOKIE_SECURE=true)
 * it is `__Host-ascc_refresh`: the browser then keeps it only when it is Secure, for Path=/ and without a
 * Domain, so neither plain http nor a sibling subdomain can set or overwrite it.
 */
export const REFRESH_COOKIE = 'ascc_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
export const SECURE_REFRESH_COOKIE = `__Host-${REFRESH_COOKIE}`;

export interface RefreshCookieShape {
  name: string;
  path: string;
  /** Secure by configuration; a development cookie is still Secure on a request that came over https. */
  secure: boolean;
}

/**
 * Secure by default in production; COOKIE_SECURE=false turns it off there (a test installation on plain
 * http), COOKIE_SECURE=true turns it on elsewhere.
 */
export function refreshCookieShape(env: NodeJS.ProcessEnv = process.env): RefreshCookieShape {
  const secure =
    env.COOKIE_SECURE === 'true' || (env.NODE_ENV === 'production' && env.COOKIE_SECURE !== 'false');
  return secure
    ? { name: SECURE_REFRESH_COOKIE, path: '/', secure: true }
    : { name: REFRESH_COOKIE, path: REFRESH_COOKIE_PATH, secure: false };
}

/** Cookies of a request (RFC 6265 `name=value; name2=value2`); the first of a repeated name wins. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (!name || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

export function refreshTokenOf(req: Request, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return parseCookies(req.headers.cookie).get(refreshCookieShape(env).name) || undefined;
}

export function refreshCookie(
  req: Request,
  token: string,
  maxAgeSeconds: number,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return serialize(req, token, Math.max(0, Math.floor(maxAgeSeconds)), env);
}

export function clearedRefreshCookie(req: Request, env: NodeJS.ProcessEnv = process.env): string {
  return serialize(req, '', 0, env);
}

function serialize(req: Request, value: string, maxAge: number, env: NodeJS.ProcessEnv): string {
  const shape = refreshCookieShape(env);
  const parts = [
    `${shape.name}=${value}`,
    `Path=${shape.path}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (maxAge === 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  // Behind a proxy, req.secure comes from X-Forwarded-Proto only when TRUST_PROXY trusts that proxy.
  if (shape.secure || req.secure) parts.push('Secure');
  return parts.join('; ');
}
