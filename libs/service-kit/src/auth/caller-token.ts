import {
  type KeyObject,
  createHmac,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import fs from 'node:fs';
import { SignJWT, jwtVerify } from 'jose';
import { type Caller, CallerSchema } from '@ascc/contracts';

/**
 * The caller of a request, as the gateway vouches for it, in two parts (`<credential>~<time>~<tag>` in
 * the `x-caller` header):
 *
 * - a **credential**: a compact JWS (Ed25519, `EdDSA` the only algorithm accepted) whose claims are the
 *   caller, the one service it is for (`aud`), a short life and a fresh random request key (`k`). The
 *   gateway signs one per (caller, service) and uses it for `reuseSeconds` at most, so the costly
 *   signature is paid once per caller and service every few seconds rather than once per request; a
 *   service verifies each credential once and remembers it until it expires;
 * - a **binding** of this very request: the time it was sent (ms) and an HMAC-SHA256 under the
 *   credential's key of the service, the request's correlation id (`cid`) and that time.
 *
 * Services hold only the public key, so a process that can publish on a service's subjects without the
 * gateway's private key — a stolen NATS password, another compromised service — cannot act as anyone:
 * an unsigned, forged, expired, re-labelled or otherwise-bound caller is refused. The request key rides
 * in the credential, on subjects only the target service may read (infra/nats/auth.conf): whoever could
 * read a request there could replay it under the old per-request signature as well, and a credential
 * lives 30 s at most (as that signature did), a binding 30 s after its request was sent.
 */
export const CALLER_TOKEN = {
  algorithm: 'EdDSA',
  type: 'ascc-caller+jwt',
  issuer: 'ascc-gateway',
  /** A request is answered within seconds; the credential only has to survive its last request's trip. */
  lifetimeSeconds: 30,
  /**
   * How long the gateway attaches one credential to new requests: a third of its life, so every request
   * leaves with at least 20 s of it. A caller whose roles or agency change gets a new one at once (the
   * credential is kept per caller, not per session).
   */
  reuseSeconds: 10,
  /** The longest life a service accepts, whatever the credential says. */
  maxLifetimeSeconds: 60,
  /** Clocks of the gateway's and the service's machines may differ a little. */
  clockToleranceSeconds: 5,
  maxLength: 4096,
} as const;

/** Separates the credential from the request's binding (not a base64url character, nor `.`). */
const PART = '~';
/** Bytes of a credential's request key. */
const KEY_BYTES = 32;
/** Credentials a process keeps (signed, or verified) before dropping the expired ones. */
const MAX_KEPT = 10_000;

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

/** The tag binding a request (service, correlation id, time sent) to a credential's key. */
function bindingTag(key: Buffer, audience: string, correlationId: string, sentMs: string): Buffer {
  return createHmac('sha256', key).update(`${audience}\n${correlationId}\n${sentMs}`).digest();
}

interface Issued {
  issuedMs: number;
  /** Requests arriving while it is being signed wait for that signature. */
  signed: Promise<{ credential: string; key: Buffer }>;
}

/**
 * Signs callers with the gateway's private key (imported once): a credential per (caller, service),
 * reused for `CALLER_TOKEN.reuseSeconds`, and a binding per request.
 */
export class CallerSigner {
  private readonly issued = new Map<string, Issued>();

  constructor(private readonly key: KeyObject) {
    if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519') {
      throw new Error('The caller signing key must be an Ed25519 private key');
    }
  }

  /** The `x-caller` value of one request: the caller's credential for `audience`, bound to this request. */
  async sign(caller: Caller, audience: string, correlationId: string, nowMs = Date.now()): Promise<string> {
    const { credential, key } = await this.credentialFor(caller, audience, nowMs);
    const sentMs = String(Math.floor(nowMs));
    const tag = bindingTag(key, audience, correlationId, sentMs).toString('base64url');
    return `${credential}${PART}${sentMs}${PART}${tag}`;
  }

  private credentialFor(caller: Caller, audience: string, nowMs: number): Issued['signed'] {
    // Every field of the caller is in the name: a changed role or agency is another credential.
    const name = `${audience}\n${JSON.stringify(caller)}`;
    const kept = this.issued.get(name);
    const reuseMs = CALLER_TOKEN.reuseSeconds * 1000;
    if (kept && nowMs >= kept.issuedMs && nowMs - kept.issuedMs < reuseMs) return kept.signed;
    const key = randomBytes(KEY_BYTES);
    const iat = Math.floor(nowMs / 1000);
    const signed = new SignJWT({ caller, k: key.toString('base64url') })
      .setProtectedHeader({ alg: CALLER_TOKEN.algorithm, typ: CALLER_TOKEN.type })
      .setIssuer(CALLER_TOKEN.issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + CALLER_TOKEN.lifetimeSeconds)
      .sign(this.key)
      .then((credential) => ({ credential, key }));
    const issued = { issuedMs: nowMs, signed };
    if (this.issued.size >= MAX_KEPT) {
      for (const [n, i] of this.issued) if (nowMs - i.issuedMs >= reuseMs) this.issued.delete(n);
      if (this.issued.size >= MAX_KEPT) this.issued.clear();
    }
    this.issued.set(name, issued);
    // A failed signature is not kept.
    signed.catch(() => this.issued.get(name) === issued && this.issued.delete(name));
    return signed;
  }
}

/** Why a caller token was refused (for logs and tests; the service answers a plain 401). */
export class CallerTokenError extends Error {
  constructor(readonly reason: string) {
    super(`Caller refused: ${reason}`);
    this.name = 'CallerTokenError';
  }
}

interface Verified {
  caller: Caller;
  audience: string;
  iat: number;
  exp: number;
  key: Buffer;
}

/**
 * Verifies callers with the gateway's public key: each credential's signature and claims once (then kept
 * until it expires), each request's binding every time.
 */
export class CallerVerifier {
  /** Credentials seen lately; requests arriving while one is being verified wait for that check. */
  private readonly verified = new Map<string, Promise<Verified>>();

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
    const [credential, sentMs, tag, ...more] = token.split(PART);
    const kept = await this.credential(credential, audience, nowMs);
    const now = nowMs / 1000;
    const tolerance = CALLER_TOKEN.clockToleranceSeconds;
    // What jose checked when the credential was first seen, checked again at this request's time.
    if (kept.exp <= now - tolerance) throw new CallerTokenError('"exp" claim timestamp check failed');
    if (kept.iat > now + tolerance) throw new CallerTokenError('"iat" claim timestamp check failed');
    if (kept.audience !== audience) throw new CallerTokenError('audience');
    // The binding: this service, this correlation id, sent within the credential's life of now.
    if (!correlationId || tag === undefined || more.length || !/^\d{1,15}$/.test(sentMs ?? '')) {
      throw new CallerTokenError('correlation id');
    }
    const sent = Number(sentMs) / 1000;
    if (sent > now + tolerance || sent <= now - CALLER_TOKEN.lifetimeSeconds - tolerance) {
      throw new CallerTokenError('request expired');
    }
    const expected = bindingTag(kept.key, audience, correlationId, sentMs);
    const given = Buffer.from(tag, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new CallerTokenError('correlation id');
    }
    return { ...kept.caller, roles: [...kept.caller.roles] };
  }

  /** A credential's claims: checked once, then kept (a refused one is not kept). */
  private credential(credential: string, audience: string, nowMs: number): Promise<Verified> {
    const kept = this.verified.get(credential);
    if (kept) return kept;
    const checked = this.check(credential, audience, nowMs);
    if (this.verified.size >= MAX_KEPT) this.verified.clear();
    this.verified.set(credential, checked);
    checked.catch(() => this.verified.get(credential) === checked && this.verified.delete(credential));
    return checked;
  }

  /** A credential's signature and claims, checked with jose. */
  private async check(credential: string, audience: string, nowMs: number): Promise<Verified> {
    let payload;
    try {
      ({ payload } = await jwtVerify(credential, this.key, {
        algorithms: [CALLER_TOKEN.algorithm],
        typ: CALLER_TOKEN.type,
        issuer: CALLER_TOKEN.issuer,
        audience,
        requiredClaims: ['iat', 'exp', 'aud', 'caller'],
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
    const caller = CallerSchema.safeParse(payload.caller);
    if (!caller.success) throw new CallerTokenError('caller');
    const key = typeof payload.k === 'string' ? Buffer.from(payload.k, 'base64url') : undefined;
    if (!key || key.length !== KEY_BYTES) throw new CallerTokenError('request key');
    return { caller: caller.data, audience, iat: payload.iat, exp: payload.exp, key };
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
