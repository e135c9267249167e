import { generateSync } from 'otplib';

export const TOTP_STEP_SECONDS = 30;

/** The time step a code belongs to; the server accepts each step's code once. */
export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_STEP_SECONDS);
}

/** The code an authenticator app shows for a base32 secret (RFC 6238: HMAC-SHA-1, 30-second steps). */
export function totp(secretBase32: string, atMs = Date.now(), digits: 6 | 8 = 6): string {
  return generateSync({ secret: secretBase32, epoch: Math.floor(atMs / 1000), digits });
}
