import { createHmac, randomInt } from 'node:crypto';
import { RECOVERY_CODE_COUNT, normalizeRecoveryCode } from '@ascc/contracts';

/**
 * One-time recovery codes: ten random codes of ten base32 characters (50 bits each), shown once as
 * `abcde-fghij`. Only an HMAC-SHA256 of each is stored, keyed by a key derived from the auth secret and
 * bound to the user, so a copy of the database neither shows the codes nor lets anyone test guesses
 * offline. Guessing online is what the sign-in throttling and lock are for.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let bare = '';
    for (let i = 0; i < 10; i++) bare += ALPHABET[randomInt(ALPHABET.length)];
    codes.add(`${bare.slice(0, 5)}-${bare.slice(5)}`);
  }
  return [...codes];
}

/** The stored form of a code as typed (any case, spaces or dash), or null when it is no recovery code. */
export function hashRecoveryCode(typed: string, userId: string, key: Buffer): string | null {
  const code = normalizeRecoveryCode(typed);
  if (!code) return null;
  return createHmac('sha256', key).update(`${userId}\0${code}`, 'utf8').digest('hex');
}
