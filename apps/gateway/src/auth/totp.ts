import {
  NobleCryptoPlugin,
  ScureBase32Plugin,
  createGuardrails,
  generateSecret,
  generateSync,
  generateURI,
  verifySync,
} from 'otplib';

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) through `otplib`: HMAC-SHA1, 6 digits,
 * 30-second steps, what every authenticator app (Google Authenticator, Microsoft Authenticator,
 * FreeOTP…) computes from a base32 secret. A code is accepted one step either side of now, for phones
 * whose clock drifts; otplib compares codes in constant time. Codes are good once: the caller keeps the
 * last step used (`totpLastStep`) and claims the new one in the database.
 */

export const TOTP_ISSUER = 'ASCC Plan Console';
const PERIOD_SECONDS = 30;
/** Steps accepted either side of the current one. */
const WINDOW_STEPS = 1;

const plugins = {
  crypto: new NobleCryptoPlugin(),
  base32: new ScureBase32Plugin(),
  // Secrets already stored may be 80 bits (DEMO_TOTP_SECRET allows 16 characters); new ones are 160.
  guardrails: createGuardrails({ MIN_SECRET_BYTES: 10 }),
  algorithm: 'sha1',
  digits: 6,
  period: PERIOD_SECONDS,
} as const;

/** A secret as people type it: any case, spaces, dashes and padding ignored. */
function normalize(secretBase32: string): string {
  return secretBase32.replace(/[\s=-]/g, '').toUpperCase();
}

/** The bytes of a base32 secret as people type it. Throws on anything that is not base32. */
export function base32Decode(text: string): Buffer {
  return Buffer.from(plugins.base32.decode(normalize(text)));
}

/** A fresh 160-bit secret (the size RFC 4226 recommends), in base32. */
export function generateTotpSecret(): string {
  return generateSecret({ length: 20, crypto: plugins.crypto, base32: plugins.base32 });
}

export function totpStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / PERIOD_SECONDS);
}

/** The code an authenticator app shows at `nowMs`. */
export function totp(secretBase32: string, nowMs = Date.now()): string {
  return generateSync({ ...plugins, secret: normalize(secretBase32), epoch: Math.floor(nowMs / 1000) });
}

/**
 * The time step a code matches, within the window and after `lastUsedStep` (so a code that already
 * signed someone in is refused even while it is still on the screen), or null.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  lastUsedStep: number | null,
  nowMs = Date.now(),
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStep(nowMs);
  // A last step beyond the window (a clock set back) leaves no step to accept; otplib would throw.
  if (lastUsedStep !== null && lastUsedStep >= current + WINDOW_STEPS) return null;
  const result = verifySync({
    ...plugins,
    secret: normalize(secretBase32),
    token: code,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: WINDOW_STEPS * PERIOD_SECONDS,
    afterTimeStep: lastUsedStep ?? undefined,
  });
  // Typed as TOTP-or-HOTP; a TOTP match carries the step it matched.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The otpauth:// URI authenticator apps read from a QR code (SHA1, 6 digits, 30 s: the defaults). */
export function otpauthUri(secretBase32: string, account: string): string {
  return generateURI({
    issuer: TOTP_ISSUER,
    label: account,
    secret: secretBase32,
    algorithm: plugins.algorithm,
    digits: plugins.digits,
    period: plugins.period,
  });
}
