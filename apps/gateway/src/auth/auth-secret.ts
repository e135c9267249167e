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
    const secret = Buffer.from(configured, 'utf8');
    if (secret.length < MIN_SECRET_BYTES) {
      throw new Error(`AUTH_SECRET must be at least ${MIN_SECRET_BYTES} bytes long`);
    }
    return secret;
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

export function deriveKeys(secret: Buffer): AuthKeys {
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', secret, 'ascc-plan-console', purpose, 32));
  return { jwt: derive('jwt-hs256'), totp: derive('totp-aes-256-gcm') };
}
