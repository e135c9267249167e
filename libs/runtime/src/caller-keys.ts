import { generateKeyPairSync } from 'node:crypto';
import { CALLER_KEY_ENV } from '@ascc/service-kit';

/** The gateway's caller-signing key pair, as PEM. */
export interface CallerKeys {
  /** Ed25519 private key (PKCS#8): the gateway's alone. */
  signingKey: string;
  /** Its public key (SPKI): every service's. */
  verifyKey: string;
}

/** A fresh Ed25519 pair (npm start and the tests make one per run). */
export function newCallerKeys(): CallerKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    signingKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    verifyKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Every variable that may carry a caller key, inline or as a file. */
export const CALLER_KEY_VARIABLES = Object.values(CALLER_KEY_ENV).flatMap((name) => [name, `${name}_FILE`]);

/**
 * The caller-key environment of one process: the private key for the gateway alone, the public key for
 * a service — and every other caller-key variable of `env` removed, so no service inherits the private key.
 */
export function withCallerKeys(env: NodeJS.ProcessEnv, keys: CallerKeys, app: string): NodeJS.ProcessEnv {
  const own = { ...env };
  for (const name of CALLER_KEY_VARIABLES) delete own[name];
  if (app === 'gateway') own[CALLER_KEY_ENV.signing] = keys.signingKey;
  else own[CALLER_KEY_ENV.verify] = keys.verifyKey;
  return own;
}
