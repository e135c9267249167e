import { SignJWT, errors, jwtVerify } from 'jose';

/**
 * Compact JWTs signed with HMAC-SHA256 through `jose`, HS256 the only algorithm accepted: `none`, HS512
 * or RS256 headers are refused before any key is used, jose compares the signature in constant time and
 * checks expiry and critical header extensions. What jose leaves to us is checked after it: the header
 * type, whole-second `iat`/`exp`, an `iat` not far in the future, and the token's purpose (`typ` claim).
 * Tokens are byte-for-byte those of the earlier hand-written signer, so tokens in flight stay valid.
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

const ALGORITHM = 'HS256';
const MAX_TOKEN_LENGTH = 8192;
/** Issued-at a little in the future is tolerated (copies of the gateway on other machines). */
export const CLOCK_SKEW_SECONDS = 60;

export function signJwt(claims: JwtClaims, key: Uint8Array): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' }).sign(key);
}

/** The claims of a valid, unexpired token of the given type; otherwise a JwtError saying why. */
export async function verifyJwt(
  token: string,
  key: Uint8Array,
  typ: string,
  nowMs = Date.now(),
): Promise<JwtClaims> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw new JwtError('malformed');
  let verified;
  try {
    verified = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      requiredClaims: ['iat', 'exp'],
      currentDate: new Date(nowMs),
    });
  } catch (error) {
    throw new JwtError(failureOf(error));
  }
  const { payload: claims, protectedHeader } = verified;
  if (protectedHeader.typ !== undefined && protectedHeader.typ !== 'JWT') throw new JwtError('algorithm');
  if (!isInteger(claims.iat) || !isInteger(claims.exp)) throw new JwtError('malformed');
  if (claims.typ !== typ) throw new JwtError('type');
  if (claims.iat > Math.floor(nowMs / 1000) + CLOCK_SKEW_SECONDS) throw new JwtError('malformed');
  return claims as JwtClaims;
}

function failureOf(error: unknown): JwtFailure {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return 'algorithm';
  return 'malformed';
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}
