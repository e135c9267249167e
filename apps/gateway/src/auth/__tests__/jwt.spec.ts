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

function failure(token: string, typ = 'access', now = NOW): JwtFailure | 'accepted' {
  try {
    verifyJwt(token, KEY, typ, now);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(JwtError);
    return (error as JwtError).reason;
  }
}

describe('jwt', () => {
  it('accepts a token it signed and returns its claims', () => {
    const token = signJwt(claims(), KEY);
    expect(verifyJwt(token, KEY, 'access', NOW)).toEqual(claims());
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
  });

  it('rejects a tampered payload (roles raised to admin, signature kept)', () => {
    const [header, , signature] = signJwt(claims(), KEY).split('.');
    const tampered = `${header}.${b64(claims({ roles: ['admin'] }))}.${signature}`;
    expect(failure(tampered)).toBe('signature');
  });

  it('rejects a token signed with another key', () => {
    expect(failure(signJwt(claims(), randomBytes(32)))).toBe('signature');
  });

  it('rejects alg "none", with or without a signature', () => {
    expect(failure(forge({ alg: 'none', typ: 'JWT' }, claims(), ''))).toBe('malformed');
    expect(failure(forge({ alg: 'none', typ: 'JWT' }, claims(), 'AAAA'))).toBe('algorithm');
    expect(failure(forge({ alg: 'none' }, claims()))).toBe('algorithm');
  });

  it('rejects HS512 and RS256 headers even when the signature would verify under them', () => {
    const body512 = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64(claims())}`;
    const hs512 = `${body512}.${createHmac('sha512', KEY).update(body512).digest('base64url')}`;
    expect(failure(hs512)).toBe('algorithm');
    // An HS256 MAC under an RS256 header: the classic algorithm-confusion attempt.
    expect(failure(forge({ alg: 'RS256', typ: 'JWT' }, claims()))).toBe('algorithm');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const bodyRs = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims())}`;
    const rs256 = `${bodyRs}.${sign('sha256', Buffer.from(bodyRs), privateKey).toString('base64url')}`;
    expect(failure(rs256)).toBe('algorithm');
    expect(failure(forge({ alg: 'hs256', typ: 'JWT' }, claims()))).toBe('algorithm');
  });

  it('rejects an expired token, and accepts it the second before', () => {
    const token = signJwt(claims({ exp: nowSeconds + 900 }), KEY);
    expect(failure(token, 'access', NOW + 899_000)).toBe('accepted');
    expect(failure(token, 'access', NOW + 900_000)).toBe('expired');
  });

  it('rejects a token of another type (a sign-in challenge is not an access token)', () => {
    expect(failure(signJwt(claims({ typ: 'mfa' }), KEY))).toBe('type');
    expect(failure(signJwt(claims(), KEY), 'mfa')).toBe('type');
  });

  it.each([
    ['empty', ''],
    ['two parts', 'abc.def'],
    ['four parts', 'a.b.c.d'],
    ['not base64url', 'a+b.c/d.e=f'],
    ['header not JSON', `${Buffer.from('nope').toString('base64url')}.${b64(claims())}.sig`],
    ['header an array', `${b64(['HS256'])}.${b64(claims())}.sig`],
    ['huge', 'a'.repeat(9000) + '.b.c'],
  ])('rejects a malformed token (%s)', (_, token) => {
    expect(failure(token)).toBe('malformed');
  });

  it('rejects well-signed tokens whose claims are malformed', () => {
    expect(failure(forge({ alg: 'HS256' }, claims({ exp: '9999999999' })))).toBe('malformed');
    expect(failure(forge({ alg: 'HS256' }, claims({ iat: undefined })))).toBe('malformed');
    const body = `${b64({ alg: 'HS256' })}.${Buffer.from('[1,2]').toString('base64url')}`;
    expect(failure(`${body}.${createHmac('sha256', KEY).update(body).digest('base64url')}`)).toBe(
      'malformed',
    );
    // Issued far in the future: a token minted with a clock (or a key) it should not have.
    expect(failure(forge({ alg: 'HS256' }, claims({ iat: nowSeconds + 3600, exp: nowSeconds + 4500 })))).toBe(
      'malformed',
    );
  });

  it('rejects a header with critical extensions it does not understand', () => {
    expect(failure(forge({ alg: 'HS256', crit: ['b64'], b64: false }, claims()))).toBe('algorithm');
  });

  it('rejects a truncated signature', () => {
    const token = signJwt(claims(), KEY);
    expect(failure(token.slice(0, -4))).toBe('signature');
  });
});
