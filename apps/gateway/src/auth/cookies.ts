import type { Request } from 'express';

/** The refresh token's cookie: HttpOnly (no script reads it), SameSite=Strict, sent only to /api/auth. */
export const REFRESH_COOKIE = 'ascc_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';

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

export function refreshTokenOf(req: Request): string | undefined {
  return parseCookies(req.headers.cookie).get(REFRESH_COOKIE) || undefined;
}

/**
 * Secure when the request came over https (behind a proxy: with TRUST_PROXY, from X-Forwarded-Proto)
 * or COOKIE_SECURE=true; plain http on localhost (the embedded default) would otherwise lose the cookie.
 */
function isSecure(req: Request, env: NodeJS.ProcessEnv): boolean {
  return req.secure || env.COOKIE_SECURE === 'true';
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
  const parts = [
    `${REFRESH_COOKIE}=${value}`,
    `Path=${REFRESH_COOKIE_PATH}`,
    `Max-Age=${maxAge}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (maxAge === 0) parts.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (isSecure(req, env)) parts.push('Secure');
  return parts.join('; ');
}
