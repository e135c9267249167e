import { type KeyObject, createPrivateKey, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import { SignJWT, jwtVerify } from 'jose';
import { type Caller, CallerSchema } from '@ascc/contracts';

/**
 * The caller of a request, signed by the gateway: a compact JWS (Ed25519, `EdDSA` the only algorithm
 * accepted) whose claims are the caller, the service it is for (`aud`), a short life and the request's
 * correlation id (`cid`). Services hold only the public key, so a process that can publish on a
 * service's subjects without the gateway's private key — a stolen NATS password, another compromised
 * service — cannot act as anyone: an unsigned, forged, expired, replayed-elsewhere or re-labelled
 * caller is refused.
 */
export const CALLER_TOKEN = {
  algorithm: 'EdDSA',
  type: 'ascc-caller+jwt',
  issuer: 'ascc-gateway',
  /** A request is answered within seconds; the token only has to survive the trip to the service. */
  lifetimeSeconds: 30,
  /** The longest life a service accepts, whatever the token says. */
  maxLifetimeSeconds: 60,
  /** Clocks of the gateway's and the service's machines may differ a little. */
  clockToleranceSeconds: 5,
  maxLength: 4096,
} as const;

/** The configuration variables of the caller keys (each also as `<NAME>_FILE`, a path to a PEM file). */
export const CALLER_KEY_ENV = {
  /** The gateway's Ed25519 private key (PKCS#8 PEM): set for the gateway alone. */
  signing: 'CALLER_SIGNING_KEY',
  /** Its public key (SPKI PEM): what every service holds. */
  verify: 'CALLER_VERIFY_KEY',
} as const;

/** The service a request is for: its subject's first segment (`training.course.create` → training). */
export function callerAudience(subject: string): string {
  return subject.split('.')[0];
}

/** Signs callers with the gateway's private key (imported once). */
export class CallerSigner {
  constructor(private readonly key: KeyObject) {
    if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') {
      throw new Error('The caller signing key must be an Ed25519 private key');
    }
  }

  sign(caller: Caller, audience: string, correlationId: string, nowMs = Date.now()): Promise<string> {
    const iat = Math.floor(nowMs / 1000);
    return new SignJWT({ caller, cid: correlationId })
      .setProtectedHeader({ alg: CALLER_TOKEN.algorithm, typ: CALLER_TOKEN.type })
      .setIssuer(CALLER_TOKEN.issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + CALLER_TOKEN.lifetimeSeconds)
      .sign(this.key);
  }
}

/** Why a caller token was refused (for logs and tests; the service answers a plain 401). */
export class CallerTokenError extends Error {
  constructor(readonly reason: string) {
    super(`Caller refused: ${reason}`);
    this.name = 'CallerTokenError';
  }
}

/** Verifies callers with the gateway's public key. */
export class CallerVerifier {
  constructor(private readonly key: KeyObject) {
    if (key.type !== 'public' || key.asymmetricKeyType !== 'ed25519') {
      throw new Error('The caller verify key must be an Ed25519 public key');
    }
  }

  /** The caller of a valid token for `audience` bound to `correlationId`; a CallerTokenError otherwise. */
  async verify(
    token: string | undefined,
    audience: string,
    correlationId: string | null | undefined,
    nowMs = Date.now(),
  ): Promise<Caller> {
    if (!token) throw new CallerTokenError('unsigned');
    if (token.length > CALLER_TOKEN.maxLength) throw new CallerTokenError('malformed');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [CALLER_TOKEN.algorithm],
        typ: CALLER_TOKEN.type,
        issuer: CALLER_TOKEN.issuer,
        audience,
        requiredClaims: ['iat', 'exp', 'aud', 'cid', 'caller'],
        maxTokenAge: CALLER_TOKEN.maxLifetimeSeconds,
        clockTolerance: CALLER_TOKEN.clockToleranceSeconds,
        currentDate: new Date(nowMs),
      }));
    } catch (error) {
      throw new CallerTokenError(error instanceof Error ? error.message : 'invalid');
    }
    // One audience only (jose accepts a list containing it), and never a life longer than allowed.
    if (payload.aud !== audience) throw new CallerTokenError('audience');
    if (
      typeof payload.iat !== 'number' ||
      typeof payload.exp !== 'number' ||
      payload.exp - payload.iat > CALLER_TOKEN.maxLifetimeSeconds
    ) {
      throw new CallerTokenError('lifetime');
    }
    if (!correlationId || payload.cid !== correlationId) throw new CallerTokenError('correlation id');
    const caller = CallerSchema.safeParse(payload.caller);
    if (!caller.success) throw new CallerTokenError('caller');
    return caller.data;
  }
}

/** The PEM of `<NAME>` or of the file `<NAME>_FILE`; undefined when neither is set. */
function configuredPem(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const inline = env[name]?.trim();
  const file = env[`${name}_FILE`]?.trim();
  if (inline && file) throw new Error(`Set ${name} or ${name}_FILE, not both`);
  if (file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`${name}_FILE: cannot read ${file} (${(error as Error).message})`);
    }
  }
  // A one-line environment value may carry the PEM's line breaks as `\n`.
  return inline ? inline.replace(/\\n/g, '\n') : undefined;
}

const MAKE_KEYS =
  '`openssl genpkey -algorithm ed25519 -out caller-signing-key.pem` makes the private key and ' +
  '`openssl pkey -in caller-signing-key.pem -pubout -out caller-verify-key.pem` its public key; ' +
  '`npm start` and the tests make a pair for each run';

/**
 * The gateway's signing key, from CALLER_SIGNING_KEY (PEM) or CALLER_SIGNING_KEY_FILE; the gateway does
 * not start without one, since no service would accept its callers.
 */
export function loadCallerSigningKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  const name = CALLER_KEY_ENV.signing;
  const pem = configuredPem(name, env);
  if (!pem) {
    throw new Error(
      `${name} (or ${name}_FILE) is required: the Ed25519 private key the gateway signs each request's caller with (${MAKE_KEYS})`,
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error(`${name} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${name} must be an Ed25519 key`);
  return key;
}

/**
 * A service's verify key, from CALLER_VERIFY_KEY (PEM) or CALLER_VERIFY_KEY_FILE: the gateway's public
 * key. A service does not start without it, nor with a private key (a service must not be able to sign).
 */
export function loadCallerVerifyKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  const name = CALLER_KEY_ENV.verify;
  const pem = configuredPem(name, env);
  if (!pem) {
    throw new Error(
      `${name} (or ${name}_FILE) is required: the gateway's Ed25519 public key, which services check each caller with (${MAKE_KEYS})`,
    );
  }
  if (/PRIVATE KEY/.test(pem)) {
    throw new Error(`${name} holds a private key: give services the public key only`);
  }
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new Error(`${name} is not a PEM public key`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${name} must be an Ed25519 key`);
  return key;
}
