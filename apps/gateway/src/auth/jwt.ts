import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact JWTs signed with HMAC-SHA256, the only algorithm accepted. Written on node:crypto rather than
 * a library because the whole need is a dozen lines, and every check a verifier must make is visible
 * here: the header must say HS256 (so `none`, HS512 or RS256 tokens are refused before any key is
 * used), the signature is compared in constant time, and the type and expiry are checked after it.
 */

export type JwtFailure = 'malformed' | 'algorithm' | 'signature' | 'type' | 'expired';

export class JwtError extends Error {
  constructor(readonly reason: JwtFailure) {
    super(`Token rejected: ${reason}`);
    this.name = 'JwtError';
  }
}

export interface JwtClaims {
  /** What the token is for (`access`, `mfa`): one purpose's token is never accepted for another. */
  typ: string;
  /** Issued-at and expiry, seconds since the epoch. */
  iat: number;
  exp: number;
  [claim: string]: unknown;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const SEGMENT = /^[A-Za-z0-9_-]+$/;
const MAX_TOKEN_LENGTH = 8192;
/** Issued-at a little in the future is tolerated (copies of the gateway on other machines). */
const CLOCK_SKEW_SECONDS = 60;

export function signJwt(claims: JwtClaims, key: Buffer): string {
  const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  return `${body}.${hmac(body, key).toString('base64url')}`;
}

/** The claims of a valid, unexpired token of the given type; otherwise a JwtError saying why. */
export function verifyJwt(token: string, key: Buffer, typ: string, nowMs = Date.now()): JwtClaims {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw new JwtError('malformed');
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => SEGMENT.test(p))) throw new JwtError('malformed');
  const [headerPart, payloadPart, signaturePart] = parts;

  const header = parseJson(headerPart);
  if (header.alg !== 'HS256' || (header.typ !== undefined && header.typ !== 'JWT') || 'crit' in header) {
    throw new JwtError('algorithm');
  }
  const expected = hmac(`${headerPart}.${payloadPart}`, key);
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new JwtError('signature');

  const claims = parseJson(payloadPart);
  if (!isInteger(claims.iat) || !isInteger(claims.exp)) throw new JwtError('malformed');
  if (claims.typ !== typ) throw new JwtError('type');
  const now = Math.floor(nowMs / 1000);
  if (claims.exp <= now) throw new JwtError('expired');
  if (claims.iat > now + CLOCK_SKEW_SECONDS) throw new JwtError('malformed');
  return claims as JwtClaims;
}

function hmac(data: string, key: Buffer): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function parseJson(segment: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw new JwtError('malformed');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new JwtError('malformed');
  return value as Record<string, unknown>;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}
