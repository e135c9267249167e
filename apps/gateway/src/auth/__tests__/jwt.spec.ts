import { createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { JwtError, type JwtFailure, signJwt, verifyJwt } from '../jwt';

const KEY = randomBytes(32);
const NOW = Date.UTC(2026, 0, 15, 8, 0, 0);
const nowSeconds = Math.floor(NOW / 1000);

function claims(overrides: Record<string, unknown> = {}) {
  return {
    typ: 'access',
    sub: 'u-1',
    sid: 's-1',
    roles: ['editor'],
    iat: nowSeconds,
    exp: nowSeconds + 900,
    ...overrides,
  };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token with any header, signed with HMAC-SHA256 under KEY (or unsigned when `signature` is ''). */
function forge(header: Record<string, unknown>, payload: Record<string, unknown>, signature?: string) {
  const body = `${b64(header)}.${b64(payload)}`;
  return `${body}.${signature ?? createHmac('sha256', KEY).update(body).digest('base64url')}`;
}

async function failure(token: string, typ = 'access', now = NOW): Promise<JwtFailure | 'accepted'> {
  try {
    await verifyJwt(token, KEY, typ, now);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(JwtError);
    return (error as JwtError).reason;
  }
}

describe('jwt', () => {
  it('accepts a token it signed and returns its claims', async () => {
    const token = await signJwt(claims(), KEY);
    await expect(verifyJwt(token, KEY, 'access', NOW)).resolves.toEqual(claims());
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
  });

  it('accepts tokens signed by the earlier hand-written signer (tokens in flight at the upgrade)', async () => {
    // Printed by the node:crypto signJwt this module replaced, with this key and these claims.
    const oldKey = Buffer.from('old-gateway-jwt-key-0123456789ab');
    const oldToken =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0eXAiOiJhY2Nlc3MiLCJzdWIiOiJ1LTEiLCJzaWQiOiJzLTEiLCJyb2xlcyI6WyJlZGl0b3IiXSwiaWF0IjoxNzY4NDY0MDAwLCJleHAiOjE3Njg0NjQ5MDB9.hgYUH9TlY7vlkZg4v-arjVJ6var1NGjPj_y6UTc-bsQ';
    await expect(verifyJwt(oldToken, oldKey, 'access', NOW)).resolves.toEqual(claims());
    // The same claims signed now give the very same bytes.
    await expect(signJwt(claims(), oldKey)).resolves.toBe(oldToken);
    await expect(verifyJwt(oldToken, KEY, 'access', NOW)).rejects.toThrow(JwtError);
  });

  it('rejects a tampered payload (roles raised to admin, signature kept)', async () => {
    const [header, , signature] = (await signJwt(claims(), KEY)).split('.');
    const tampered = `${header}.${b64(claims({ roles: ['admin'] }))}.${signature}`;
    expect(await failure(tampered)).toBe('signature');
  });

  it('rejects a token signed with another key', async () => {
    expect(await failure(await signJwt(claims(), randomBytes(32)))).toBe('signature');
  });

  it('rejects alg "none", with or without a signature', async () => {
    expect(await failure(forge({ alg: 'none', typ: 'JWT' }, claims(), ''))).toBe('algorithm');
    expect(await failure(forge({ alg: 'none', typ: 'JWT' }, claims(), 'AAAA'))).toBe('algorithm');
    expect(await failure(forge({ alg: 'none' }, claims()))).toBe('algorithm');
  });

  it('rejects HS512 and RS256 headers even when the signature would verify under them', async () => {
    const body512 = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64(claims())}`;
    const hs512 = `${body512}.${createHmac('sha512', KEY).update(body512).digest('base64url')}`;
    expect(await failure(hs512)).toBe('algorithm');
    // An HS256 MAC under an RS256 header: the classic algorithm-confusion attempt.
    expect(await failure(forge({ alg: 'RS256', typ: 'JWT' }, claims()))).toBe('algorithm');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const bodyRs = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims())}`;
    const rs256 = `${bodyRs}.${sign('sha256', Buffer.from(bodyRs), privateKey).toString('base64url')}`;
    expect(await failure(rs256)).toBe('algorithm');
    expect(await failure(forge({ alg: 'hs256', typ: 'JWT' }, claims()))).toBe('algorithm');
  });

  it('rejects a header typed other than JWT', async () => {
    expect(await failure(forge({ alg: 'HS256', typ: 'at+jwt' }, claims()))).toBe('algorithm');
  });

  it('rejects an expired token, and accepts it the second before', async () => {
    const token = await signJwt(claims({ exp: nowSeconds + 900 }), KEY);
    expect(await failure(token, 'access', NOW + 899_000)).toBe('accepted');
    expect(await failure(token, 'access', NOW + 900_000)).toBe('expired');
  });

  it('rejects a token of another type (a sign-in challenge is not an access token)', async () => {
    expect(await failure(await signJwt(claims({ typ: 'mfa' }), KEY))).toBe('type');
    expect(await failure(await signJwt(claims(), KEY), 'mfa')).toBe('type');
  });

  it.each([
    ['empty', ''],
    ['two parts', 'abc.def'],
    ['four parts', 'a.b.c.d'],
    ['not base64url', 'a+b.c/d.e=f'],
    ['header not JSON', `${Buffer.from('nope').toString('base64url')}.${b64(claims())}.sig`],
    ['header an array', `${b64(['HS256'])}.${b64(claims())}.sig`],
    ['huge', 'a'.repeat(9000) + '.b.c'],
  ])('rejects a malformed token (%s)', async (_, token) => {
    expect(await failure(token)).toBe('malformed');
  });

  it('rejects well-signed tokens whose claims are malformed', async () => {
    expect(await failure(forge({ alg: 'HS256' }, claims({ exp: '9999999999' })))).toBe('malformed');
    expect(await failure(forge({ alg: 'HS256' }, claims({ iat: undefined })))).toBe('malformed');
    expect(await failure(forge({ alg: 'HS256' }, claims({ exp: nowSeconds + 900.5 })))).toBe('malformed');
    const body = `${b64({ alg: 'HS256' })}.${Buffer.from('[1,2]').toString('base64url')}`;
    expect(await failure(`${body}.${createHmac('sha256', KEY).update(body).digest('base64url')}`)).toBe(
      'malformed',
    );
    // Issued far in the future: a token minted with a clock (or a key) it should not have.
    expect(
      await failure(forge({ alg: 'HS256' }, claims({ iat: nowSeconds + 3600, exp: nowSeconds + 4500 }))),
    ).toBe('malformed');
  });

  it('rejects a header with critical extensions', async () => {
    expect(await failure(forge({ alg: 'HS256', crit: ['b64'], b64: false }, claims()))).not.toBe('accepted');
    expect(await failure(forge({ alg: 'HS256', crit: ['exp'], exp: 1 }, claims()))).not.toBe('accepted');
  });

  it('rejects a truncated signature', async () => {
    const token = await signJwt(claims(), KEY);
    expect(await failure(token.slice(0, -4))).toBe('signature');
  });
});
