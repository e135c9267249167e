import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  otpauthUri,
  totp,
  totpStep,
  verifyTotp,
} from '../totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890", codes have 8 digits.
const RFC_SEED = Buffer.from('12345678901234567890', 'ascii');
const RFC_6238_SHA1: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

// RFC 4226 appendix D: HOTP values for counters 0–9 with the same seed, 6 digits.
const RFC_4226 = [
  '755224',
  '287082',
  '359152',
  '969429',
  '338314',
  '254676',
  '287922',
  '162583',
  '399871',
  '520489',
];

describe('totp', () => {
  it.each(RFC_6238_SHA1)('matches the RFC 6238 test vector at T=%d', (seconds, expected) => {
    expect(hotp(RFC_SEED, totpStep(seconds * 1000), 8)).toBe(expected);
  });

  it('matches the RFC 4226 HOTP test vectors', () => {
    expect(RFC_4226.map((_, counter) => hotp(RFC_SEED, counter))).toEqual(RFC_4226);
  });

  it('computes 6-digit codes from a base32 secret, as authenticator apps do', () => {
    const secret = base32Encode(RFC_SEED);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    // The last 6 digits of the 8-digit RFC value: truncation is modulo 10^digits.
    expect(totp(secret, 59_000)).toBe('287082');
    expect(totp(secret, 1111111109_000)).toBe('081804');
  });

  it('base32 round-trips and reads secrets as people type them', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(() => base32Decode('not base32!')).toThrow();
  });

  describe('verifyTotp', () => {
    const secret = generateTotpSecret();
    const now = Date.UTC(2026, 5, 30, 9, 0, 10);
    const step = totpStep(now);

    it('accepts the current code and the codes one step either side, returning the step', () => {
      expect(verifyTotp(secret, totp(secret, now), null, now)).toBe(step);
      expect(verifyTotp(secret, totp(secret, now - 30_000), null, now)).toBe(step - 1);
      expect(verifyTotp(secret, totp(secret, now + 30_000), null, now)).toBe(step + 1);
    });

    it('refuses codes two steps away, wrong codes and non-codes', () => {
      expect(verifyTotp(secret, totp(secret, now - 60_000), null, now)).toBeNull();
      expect(verifyTotp(secret, totp(secret, now + 60_000), null, now)).toBeNull();
      const wrong = String((Number(totp(secret, now)) + 1) % 1_000_000).padStart(6, '0');
      expect(verifyTotp(secret, wrong, null, now)).toBeNull();
      expect(verifyTotp(secret, '12345', null, now)).toBeNull();
      expect(verifyTotp(secret, 'abcdef', null, now)).toBeNull();
    });

    it('refuses a code already used, even while it is still shown', () => {
      const code = totp(secret, now);
      const used = verifyTotp(secret, code, null, now);
      expect(verifyTotp(secret, code, used, now + 5_000)).toBeNull();
      // The next code is fine.
      expect(verifyTotp(secret, totp(secret, now + 30_000), used, now + 30_000)).toBe(step + 1);
      // An older code, still inside the window, is not: time moves forward only.
      expect(verifyTotp(secret, totp(secret, now - 30_000), used, now)).toBeNull();
    });
  });

  it('builds an otpauth URI authenticator apps read', () => {
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXP', 'admin'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/ASCC Plan Console:admin');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'ASCC Plan Console',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });
});
