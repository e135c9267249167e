import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@ascc/contracts';
import { AUTH_POLICY } from './auth-policy';
import type { AuthKeys } from './auth-secret';
import { CLOCK_SKEW_SECONDS, type JwtClaims, JwtError, signJwt, verifyJwt } from './jwt';
import { hashRecoveryCode } from './recovery-codes';
import { open, seal } from './secret-box';

export const AUTH_KEYS = Symbol('AUTH_KEYS');

/** Access tokens whose signature this copy has checked, kept with their claims (bounded). */
const MAX_VERIFIED_ACCESS = 10_000;

/** What an access token says: whom it is for, which session row issued it, and what they were then. */
export interface AccessClaims extends JwtClaims {
  typ: 'access';
  sub: string;
  sid: string;
  username: string;
  agency: string;
  roles: Role[];
}

/** The middle of a sign-in: the password was right, the TOTP code is still due (or its set-up). */
export interface ChallengeClaims extends JwtClaims {
  typ: 'mfa';
  sub: string;
  purpose: 'verify' | 'setup';
  /** The user's `challengeVersion` when issued: the challenge is refused once that has moved on. */
  ver: number;
}

export interface TokenSubject {
  id: string;
  username: string;
  agencyCode: string;
  roles: Role[];
}

/** Issues and checks the signed tokens of sign-in, and seals the TOTP secrets, with the derived keys. */
@Injectable()
export class TokensService {
  /**
   * Every protected request checks its access token; a signed-in user sends the same one for up to 15
   * minutes. Its HMAC is checked once and its claims kept; expiry and the issue time are checked again
   * at each request, and the session behind it is looked up each time all the same (SessionCache).
   */
  private readonly verifiedAccess = new Map<string, Readonly<AccessClaims>>();

  constructor(@Inject(AUTH_KEYS) private readonly keys: AuthKeys) {}

  async issueAccess(
    user: TokenSubject,
    sessionId: string,
    nowMs = Date.now(),
  ): Promise<{ token: string; expiresIn: number }> {
    const iat = Math.floor(nowMs / 1000);
    const claims: AccessClaims = {
      typ: 'access',
      sub: user.id,
      sid: sessionId,
      username: user.username,
      agency: user.agencyCode,
      roles: user.roles,
      iat,
      exp: iat + AUTH_POLICY.accessTokenSeconds,
    };
    return { token: await signJwt(claims, this.keys.jwt), expiresIn: AUTH_POLICY.accessTokenSeconds };
  }

  /** The claims of a valid access token; a JwtError otherwise. */
  async verifyAccess(token: string, nowMs = Date.now()): Promise<AccessClaims> {
    const known = this.verifiedAccess.get(token);
    if (known) {
      // What verifyJwt checks of the time (jose's expiry, then the issue time's skew), at this request.
      const now = Math.floor(nowMs / 1000);
      if (known.exp <= now) throw new JwtError('expired');
      if (known.iat > now + CLOCK_SKEW_SECONDS) throw new JwtError('malformed');
      return { ...known };
    }
    const claims = await verifyJwt(token, this.keys.jwt, 'access', nowMs);
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new JwtError('malformed');
    // Only tokens as this gateway issues them are kept (a `nbf` would be another check to repeat).
    if (claims.nbf === undefined) {
      if (this.verifiedAccess.size >= MAX_VERIFIED_ACCESS) this.forgetExpired(nowMs);
      this.verifiedAccess.set(token, Object.freeze({ ...(claims as AccessClaims) }));
    }
    return claims as AccessClaims;
  }

  private forgetExpired(nowMs: number) {
    const now = Math.floor(nowMs / 1000);
    for (const [token, claims] of this.verifiedAccess)
      if (claims.exp <= now) this.verifiedAccess.delete(token);
    if (this.verifiedAccess.size >= MAX_VERIFIED_ACCESS) this.verifiedAccess.clear();
  }

  issueChallenge(
    user: { id: string; challengeVersion: number },
    purpose: ChallengeClaims['purpose'],
    nowMs = Date.now(),
  ): Promise<string> {
    const iat = Math.floor(nowMs / 1000);
    const claims: ChallengeClaims = {
      typ: 'mfa',
      sub: user.id,
      purpose,
      ver: user.challengeVersion,
      iat,
      exp: iat + AUTH_POLICY.challengeSeconds,
    };
    return signJwt(claims, this.keys.jwt);
  }

  async verifyChallenge(token: string, nowMs = Date.now()): Promise<ChallengeClaims> {
    const claims = await verifyJwt(token, this.keys.jwt, 'mfa', nowMs);
    if (
      typeof claims.sub !== 'string' ||
      (claims.purpose !== 'verify' && claims.purpose !== 'setup') ||
      !Number.isSafeInteger(claims.ver)
    ) {
      throw new JwtError('malformed');
    }
    return claims as ChallengeClaims;
  }

  sealTotpSecret(secret: string, userId: string): string {
    return seal(secret, this.keys.totp, userId);
  }

  openTotpSecret(sealed: string, userId: string): string {
    return open(sealed, this.keys.totp, userId);
  }

  /** The stored HMAC of a recovery code as typed, or null when it is no recovery code. */
  recoveryCodeHash(typed: string, userId: string): string | null {
    return hashRecoveryCode(typed, userId, this.recoveryKey);
  }

  /** A key of its own for recovery codes, derived from the TOTP key (never used for both). */
  private get recoveryKey(): Buffer {
    return createHmac('sha256', this.keys.totp).update('ascc recovery codes v1').digest();
  }
}
