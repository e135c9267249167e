import { base32Decode, generateTotpSecret, otpauthUri, totp, totpStep, verifyTotp } from '../totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890", in base32 below.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
// The RFC's 8-digit values; a 6-digit code is their last six digits (truncation is modulo 10^digits).
const RFC_6238_SHA1: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

// RFC 4226 appendix D: HOTP values for counters 0–9 with the same seed, 6 digits (counter n = step n).
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
    expect(totp(RFC_SECRET, seconds * 1000)).toBe(expected.slice(-6));
  });

  it('matches the RFC 4226 HOTP test vectors', () => {
    expect(RFC_4226.map((_, counter) => totp(RFC_SECRET, counter * 30_000))).toEqual(RFC_4226);
  });

  it('gives the codes of secrets enrolled before otplib (printed by the earlier hand-written code)', () => {
    const at = Date.UTC(2026, 0, 15, 8, 0, 0);
    // A 160-bit secret from the old generateTotpSecret, and an 80-bit one (the DEMO_TOTP_SECRET minimum).
    expect(totp('UMEZNW46ZNF3BSVKUBJ5SPETDBAFVQJ5', at)).toBe('443470');
    expect(totp('GAYTEMZUGU3DOOBZ', at)).toBe('987284');
    expect(verifyTotp('GAYTEMZUGU3DOOBZ', '987284', null, at)).toBe(totpStep(at));
    // Typed as people type them: any case, spaces, padding.
    expect(totp('umez nw46 znf3 bsvk ubj5 spet dbaf vqj5', at)).toBe('443470');
    expect(totp('GAYTEMZUGU3DOOBZ====', at)).toBe('987284');
  });

  it('reads base32 secrets as people type them and makes 160-bit ones', () => {
    expect(base32Decode(RFC_SECRET).toString('ascii')).toBe('12345678901234567890');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
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
      expect(verifyTotp(secret, `${totp(secret, now)}0`, null, now)).toBeNull();
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

    it('refuses every code, without throwing, when the last used step is ahead (a clock set back)', () => {
      expect(verifyTotp(secret, totp(secret, now + 30_000), step + 1, now)).toBeNull();
      expect(verifyTotp(secret, totp(secret, now), step + 5, now)).toBeNull();
    });
  });

  it('builds an otpauth URI authenticator apps read (SHA1, 6 digits, 30 s are the URI defaults)', () => {
    const uri = new URL(otpauthUri('JBSWY3DPEHPK3PXP', 'admin'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/ASCC Plan Console:admin');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'ASCC Plan Console',
    });
  });
});
