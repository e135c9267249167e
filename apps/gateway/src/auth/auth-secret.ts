import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { dataDir } from '@ascc/service-kit';

export const MIN_SECRET_BYTES = 32;

/** Keys derived from the one auth secret, one per use, so no key ever serves two purposes. */
export interface AuthKeys {
  /** HMAC-SHA256 key of access tokens and sign-in challenges. */
  jwt: Buffer;
  /** AES-256-GCM key of stored TOTP secrets. */
  totp: Buffer;
}

/**
 * The auth secret: AUTH_SECRET (at least 32 bytes; required in production, where copies of the gateway
 * must share it), else — embedded default only — a random one kept in DATA_DIR/auth-secret (mode 0600)
 * so tokens and stored TOTP secrets survive a restart.
 */
export function loadAuthSecret(env: NodeJS.ProcessEnv = process.env): Buffer {
  const configured = env.AUTH_SECRET;
  if (configured !== undefined && configured !== '') {
    const weakness = secretWeakness(configured);
    if (weakness) {
      throw new Error(`AUTH_SECRET is refused: ${weakness}. Make one with \`openssl rand -base64 48\``);
    }
    return Buffer.from(configured, 'utf8');
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'AUTH_SECRET is required when NODE_ENV=production (at least 32 bytes, e.g. `openssl rand -base64 48`)',
    );
  }
  if (env.DATABASE_URL) {
    new Logger('Auth').warn(
      'AUTH_SECRET is not set: using a secret kept in DATA_DIR; copies of the gateway on other machines will not accept each other’s tokens',
    );
  }
  return secretFile(path.join(dataDir(env), 'auth-secret'));
}

function secretFile(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // 'wx' fails if the file exists, so two processes starting together keep the first one's secret.
    fs.writeFileSync(file, randomBytes(48).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
  if (secret.length < MIN_SECRET_BYTES) throw new Error(`${file} holds fewer than ${MIN_SECRET_BYTES} bytes`);
  return secret;
}

/** The example environment file's placeholder (infra/deploy/systemd/ascc.env.example) and its kin. */
const PLACEHOLDERS = /change[-_ ]?me|placeholder|example|password/i;
/** Fewer different characters than this is a typed pattern, not random bytes. */
const MIN_DISTINCT_CHARACTERS = 12;

/**
 * Why a configured secret must not be used, or null: a secret anyone can guess lets them sign access
 * tokens and second-factor challenges, so the gateway refuses to start with it.
 */
export function secretWeakness(secret: string): string | null {
  if (PLACEHOLDERS.test(secret))
    return "it is (or contains) a placeholder such as the example file's CHANGE-ME";
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    return `it is shorter than ${MIN_SECRET_BYTES} bytes`;
  }
  const chars = [...secret];
  if (new Set(chars).size < MIN_DISTINCT_CHARACTERS) {
    return `it has fewer than ${MIN_DISTINCT_CHARACTERS} different characters`;
  }
  for (let period = 1; period <= chars.length / 2; period++) {
    if (chars.every((c, i) => i < period || c === chars[i - period])) {
      return 'it is a short pattern repeated';
    }
  }
  return null;
}

export function deriveKeys(secret: Buffer): AuthKeys {
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', secret, 'ascc-plan-console', purpose, 32));
  return { jwt: derive('jwt-hs256'), totp: derive('totp-aes-256-gcm') };
}
