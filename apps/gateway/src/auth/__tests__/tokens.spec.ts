import { randomBytes } from 'node:crypto';
import { deriveKeys } from '../auth-secret';
import { JwtError, type JwtFailure, signJwt } from '../jwt';
import { TokensService } from '../tokens.service';

const NOW = Date.UTC(2026, 0, 15, 8, 0, 0);
const USER = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'snv.editor',
  agencyCode: 'SNV',
  roles: ['editor' as const],
};

async function failure(tokens: TokensService, token: string, now: number): Promise<JwtFailure | 'accepted'> {
  try {
    await tokens.verifyAccess(token, now);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(JwtError);
    return (error as JwtError).reason;
  }
}

describe('TokensService.verifyAccess', () => {
  const keys = deriveKeys(randomBytes(32));
  const tokens = new TokensService(keys);

  it('checks a token once, then its expiry again at every request', async () => {
    const { token } = await tokens.issueAccess(USER, 'session-1', NOW);
    const first = await tokens.verifyAccess(token, NOW);
    expect(first).toMatchObject({ typ: 'access', sub: USER.id, sid: 'session-1', roles: ['editor'] });
    // Kept: the same claims, a copy each time (one request's change does not reach the next).
    first.sid = 'changed';
    expect((await tokens.verifyAccess(token, NOW + 60_000)).sid).toBe('session-1');
    expect(await failure(tokens, token, NOW + 899_000)).toBe('accepted');
    expect(await failure(tokens, token, NOW + 900_000)).toBe('expired');
    // Asked about a time before it was issued (beyond the allowed skew): refused as it was at first.
    expect(await failure(tokens, token, NOW - 61_000)).toBe('malformed');
  });

  it('keeps only what it verified: a tampered token, another key or another purpose stays refused', async () => {
    const { token } = await tokens.issueAccess(USER, 'session-2', NOW);
    await tokens.verifyAccess(token, NOW);
    const [header, payload, signature] = token.split('.');
    const promoted = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['admin'] }),
    ).toString('base64url');
    expect(await failure(tokens, `${header}.${promoted}.${signature}`, NOW)).toBe('signature');
    const other = new TokensService(deriveKeys(randomBytes(32)));
    expect(await failure(other, token, NOW)).toBe('signature');
    const challenge = await tokens.issueChallenge({ id: USER.id, challengeVersion: 1 }, 'verify', NOW);
    expect(await failure(tokens, challenge, NOW)).toBe('type');
    expect(await failure(tokens, challenge, NOW)).toBe('type');
    // A token with a `nbf` is checked in full each time (none this gateway issues has one).
    const iat = Math.floor(NOW / 1000);
    const early = await signJwt(
      { typ: 'access', sub: USER.id, sid: 's', iat, exp: iat + 900, nbf: iat + 100 },
      keys.jwt,
    );
    expect(await failure(tokens, early, NOW)).not.toBe('accepted');
    expect(await failure(tokens, early, NOW)).not.toBe('accepted');
  });
});
