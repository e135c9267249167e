import { createHmac, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import type { Caller } from '@ascc/contracts';
import { createServiceApp } from '../../bootstrap/bootstrap-service';
import {
  CALLER_TOKEN,
  CallerSigner,
  CallerTokenError,
  CallerVerifier,
  callerAudience,
  loadCallerSigningKey,
  loadCallerVerifyKey,
} from '../caller-token';

const ADMIN: Caller = {
  userId: '00000000-0000-4000-8000-000000000005',
  username: 'admin',
  agencyCode: 'VPUBND',
  roles: ['admin'],
};
const EDITOR: Caller = { ...ADMIN, username: 'snv.editor', agencyCode: 'SNV', roles: ['editor'] };

const gateway = generateKeyPairSync('ed25519');
const attacker = generateKeyPairSync('ed25519');
const signer = new CallerSigner(gateway.privateKey);
const verifier = new CallerVerifier(gateway.publicKey);
const NOW = Date.UTC(2026, 11, 5, 6, 0, 0);
const CID = '5f0c1a3e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** The reason a token is refused, or 'accepted'. */
async function outcome(
  token: string | undefined,
  audience = 'training',
  correlationId: string | null = CID,
  now = NOW,
) {
  try {
    await verifier.verify(token, audience, correlationId, now);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(CallerTokenError);
    return (error as CallerTokenError).reason;
  }
}

describe(CallerVerifier.name, () => {
  it('accepts the caller the gateway signed for this service and this request', async () => {
    const token = await signer.sign(ADMIN, 'training', CID, NOW);
    expect(await verifier.verify(token, 'training', CID, NOW)).toEqual(ADMIN);
    // A signed credential (caller, service, life, request key), then the request's time and its binding.
    const [credential, sentMs, tag] = token.split('~');
    const claims = claimsOf(credential);
    expect(claims).toMatchObject({ caller: ADMIN, aud: 'training', iss: CALLER_TOKEN.issuer });
    expect(Buffer.from(String(claims.k), 'base64url')).toHaveLength(32);
    expect(Number(claims.exp) - Number(claims.iat)).toBeLessThanOrEqual(60);
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      typ: CALLER_TOKEN.type,
    });
    expect(Number(sentMs)).toBe(NOW);
    expect(tag).toMatch(/^[\w-]{43}$/);
  });

  it('signs one credential per caller and service for a few seconds, and binds each request anew', async () => {
    const first = await signer.sign(EDITOR, 'culture', 'request-1', NOW);
    const second = await signer.sign(EDITOR, 'culture', 'request-2', NOW + 9_000);
    const credentialOf = (token: string) => token.split('~')[0];
    expect(credentialOf(second)).toBe(credentialOf(first));
    expect(second).not.toBe(first);
    expect(await verifier.verify(first, 'culture', 'request-1', NOW + 9_000)).toEqual(EDITOR);
    expect(await verifier.verify(second, 'culture', 'request-2', NOW + 9_000)).toEqual(EDITOR);
    // The binding of one request does not carry over to another, though the credential is the same.
    expect(await outcome(second, 'culture', 'request-1', NOW + 9_000)).toBe('correlation id');
    // Another service, another role or agency, or the reuse period over: another credential.
    expect(credentialOf(await signer.sign(EDITOR, 'budget', 'request-3', NOW))).not.toBe(credentialOf(first));
    const promoted = await signer.sign({ ...EDITOR, roles: ['admin'] }, 'culture', 'request-4', NOW);
    expect(credentialOf(promoted)).not.toBe(credentialOf(first));
    expect(claimsOf(promoted).caller).toMatchObject({ roles: ['admin'] });
    const later = await signer.sign(EDITOR, 'culture', 'request-5', NOW + 10_000);
    expect(credentialOf(later)).not.toBe(credentialOf(first));
    expect(await verifier.verify(later, 'culture', 'request-5', NOW + 10_000)).toEqual(EDITOR);
  });

  it('refuses a binding that was altered, made with another key, or sent too long ago', async () => {
    const token = await signer.sign(EDITOR, 'training', CID, NOW);
    const [credential, sentMs, tag] = token.split('~');
    expect(await outcome(`${credential}~${sentMs}~${tag}`)).toBe('accepted');
    // Another time under the same tag, or a tag made with a key of one's own.
    expect(await outcome(`${credential}~${NOW + 1}~${tag}`)).toBe('correlation id');
    const ownKey = createHmac('sha256', 'guess').update(`training\n${CID}\n${sentMs}`).digest('base64url');
    expect(await outcome(`${credential}~${sentMs}~${ownKey}`)).toBe('correlation id');
    // No binding at all, or a malformed one: a credential alone is not a request's caller.
    expect(await outcome(credential)).toBe('correlation id');
    expect(await outcome(`${credential}~${sentMs}`)).toBe('correlation id');
    expect(await outcome(`${credential}~-1~${tag}`)).toBe('correlation id');
    expect(await outcome(`${credential}~${sentMs}~${tag}~${tag}`)).toBe('correlation id');
    // A binding sent 36 s ago, under a credential still alive (signed later, reused): refused.
    const fresh = await signer.sign(EDITOR, 'training', CID, NOW + 20_000);
    const old = `${fresh.split('~')[0]}~${NOW - 16_000}~${createHmac(
      'sha256',
      Buffer.from(String(claimsOf(fresh).k), 'base64url'),
    )
      .update(`training\n${CID}\n${NOW - 16_000}`)
      .digest('base64url')}`;
    expect(await outcome(old, 'training', CID, NOW + 20_000)).toBe('request expired');
  });

  it('checks a kept credential again at each request: its service, its expiry', async () => {
    const token = await signer.sign(ADMIN, 'aid', CID, NOW);
    expect(await outcome(token, 'aid')).toBe('accepted');
    expect(await outcome(token, 'training')).toBe('audience');
    expect(await outcome(token, 'aid', CID, NOW + 36_000)).toMatch(/exp/);
    expect(await outcome(token, 'aid', CID, NOW - 60_000)).toMatch(/iat/);
  });

  it('refuses a request with no caller, or a caller in plain JSON as the gateway used to send it', async () => {
    expect(await outcome(undefined)).toBe('unsigned');
    expect(await outcome('')).toBe('unsigned');
    expect(await outcome(JSON.stringify(ADMIN))).not.toBe('accepted');
  });

  it('refuses a caller signed for another service', async () => {
    const forBudget = await signer.sign(ADMIN, 'budget', CID, NOW);
    expect(await outcome(forBudget, 'training')).not.toBe('accepted');
    expect(await outcome(forBudget, 'budget')).toBe('accepted');
    // A list of audiences that includes this one is not "for this service" either.
    const many = await new SignJWT({ caller: ADMIN, cid: CID })
      .setProtectedHeader({ alg: 'EdDSA', typ: CALLER_TOKEN.type })
      .setIssuer(CALLER_TOKEN.issuer)
      .setAudience(['budget', 'training'])
      .setIssuedAt(NOW / 1000)
      .setExpirationTime(NOW / 1000 + 30)
      .sign(gateway.privateKey);
    expect(await outcome(many, 'training')).toBe('audience');
  });

  it('refuses an expired caller, and one that claims a life longer than a minute', async () => {
    const token = await signer.sign(ADMIN, 'training', CID, NOW);
    expect(await outcome(token, 'training', CID, NOW + 29_000)).toBe('accepted');
    expect(await outcome(token, 'training', CID, NOW + 36_000)).toMatch(/exp/);
    const longLived = await new SignJWT({ caller: ADMIN, cid: CID })
      .setProtectedHeader({ alg: 'EdDSA', typ: CALLER_TOKEN.type })
      .setIssuer(CALLER_TOKEN.issuer)
      .setAudience('training')
      .setIssuedAt(NOW / 1000)
      .setExpirationTime(NOW / 1000 + 3600)
      .sign(gateway.privateKey);
    expect(await outcome(longLived)).toBe('lifetime');
    // Issued in the future (beyond the clock tolerance): refused too.
    const early = await signer.sign(ADMIN, 'training', CID, NOW + 120_000);
    expect(await outcome(early)).toMatch(/iat/);
  });

  it('refuses a caller bound to another request, or a request without a correlation id', async () => {
    const token = await signer.sign(ADMIN, 'training', CID, NOW);
    expect(await outcome(token, 'training', 'another-request')).toBe('correlation id');
    expect(await outcome(token, 'training', null)).toBe('correlation id');
  });

  it('refuses a tampered caller: an editor promoted to admin keeps no valid signature', async () => {
    const token = await signer.sign(EDITOR, 'training', CID, NOW);
    const [header, , signature] = token.split('.');
    const promoted = { ...claimsOf(token), caller: ADMIN };
    expect(await outcome(`${header}.${b64(promoted)}.${signature}`)).toMatch(/signature/);
  });

  it('refuses a caller signed with another Ed25519 key', async () => {
    const forged = await new CallerSigner(attacker.privateKey).sign(ADMIN, 'training', CID, NOW);
    expect(await outcome(forged)).toMatch(/signature/);
  });

  it('refuses alg "none" and HS256 (even keyed with the public key) before any key is used', async () => {
    const claims = {
      caller: ADMIN,
      cid: CID,
      aud: 'training',
      iss: CALLER_TOKEN.issuer,
      iat: NOW / 1000,
      exp: NOW / 1000 + 30,
    };
    const unsecured = `${b64({ alg: 'none', typ: CALLER_TOKEN.type })}.${b64(claims)}.`;
    expect(await outcome(unsecured)).toMatch(/alg/i);

    const publicPem = gateway.publicKey.export({ type: 'spki', format: 'pem' });
    const input = `${b64({ alg: 'HS256', typ: CALLER_TOKEN.type })}.${b64(claims)}`;
    const hs256 = `${input}.${createHmac('sha256', publicPem).update(input).digest('base64url')}`;
    expect(await outcome(hs256)).toMatch(/alg/i);
  });

  it('refuses a signed token that is not a caller, or not from the gateway', async () => {
    const sign = (claims: Record<string, unknown>, typ: string = CALLER_TOKEN.type) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', typ })
        .setAudience('training')
        .setIssuedAt(NOW / 1000)
        .setExpirationTime(NOW / 1000 + 30)
        .sign(gateway.privateKey);
    const noRoles = { ...ADMIN, roles: [] };
    expect(await outcome(await sign({ caller: noRoles, cid: CID, iss: CALLER_TOKEN.issuer }))).toBe('caller');
    expect(await outcome(await sign({ caller: ADMIN, cid: CID, iss: 'someone-else' }))).toMatch(/iss/);
    expect(await outcome(await sign({ caller: ADMIN, cid: CID, iss: CALLER_TOKEN.issuer }, 'JWT'))).toMatch(
      /typ/,
    );
  });

  it('holds only a public key: a private key is refused', () => {
    expect(() => new CallerVerifier(gateway.privateKey as never)).toThrow(/public key/);
    expect(() => new CallerSigner(gateway.publicKey)).toThrow(/private key/);
    expect(() => new CallerSigner(generateKeyPairSync('ed448').privateKey)).toThrow(/Ed25519/);
  });

  it("names a subject's service as its audience", () => {
    expect(callerAudience('training.course.create')).toBe('training');
  });
});

describe('caller keys from the configuration', () => {
  const privatePem = gateway.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicPem = gateway.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const file = (content: string) => {
    const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'caller-key-')), 'key.pem');
    fs.writeFileSync(p, content, { mode: 0o600 });
    return p;
  };

  it('reads the PEM inline (line breaks as \\n allowed) or from a file', () => {
    expect(loadCallerSigningKey({ CALLER_SIGNING_KEY: privatePem }).asymmetricKeyType).toBe('ed25519');
    const oneLine = privatePem.trim().replace(/\n/g, '\\n');
    expect(loadCallerSigningKey({ CALLER_SIGNING_KEY: oneLine }).type).toBe('private');
    expect(loadCallerVerifyKey({ CALLER_VERIFY_KEY_FILE: file(publicPem) }).type).toBe('public');
  });

  it('refuses to start without a key, with two, with a wrong kind or a private key for a service', () => {
    expect(() => loadCallerSigningKey({})).toThrow(
      /CALLER_SIGNING_KEY \(or CALLER_SIGNING_KEY_FILE\) is required/,
    );
    expect(() => loadCallerVerifyKey({ NODE_ENV: 'production' })).toThrow(
      /CALLER_VERIFY_KEY \(or CALLER_VERIFY_KEY_FILE\) is required/,
    );
    expect(() =>
      loadCallerVerifyKey({ CALLER_VERIFY_KEY: publicPem, CALLER_VERIFY_KEY_FILE: file(publicPem) }),
    ).toThrow(/not both/);
    expect(() => loadCallerVerifyKey({ CALLER_VERIFY_KEY: privatePem })).toThrow(/public key only/);
    expect(() => loadCallerSigningKey({ CALLER_SIGNING_KEY: publicPem })).toThrow(/not a PEM private key/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(() =>
      loadCallerSigningKey({
        CALLER_SIGNING_KEY: rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      }),
    ).toThrow(/Ed25519/);
    expect(() => loadCallerVerifyKey({ CALLER_VERIFY_KEY_FILE: '/nonexistent/key.pem' })).toThrow(
      /cannot read/,
    );
  });

  it('stops a service at start without the verify key', async () => {
    await expect(createServiceApp('training', class Empty {}, { NODE_ENV: 'production' })).rejects.toThrow(
      /CALLER_VERIFY_KEY/,
    );
  });
});
