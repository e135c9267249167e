import { randomBytes } from 'node:crypto';
import { generateRecoveryCodes, hashRecoveryCode } from '../recovery-codes';
import { qrCodeDataUrl } from '../qr-code';

describe('recovery codes', () => {
  const key = randomBytes(32);
  const userId = '0b6f3c1e-4c9e-4d7b-9a51-0d2f3c4b5a69';

  it('makes ten distinct codes of ten base32 characters, shown as two groups of five', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    // Random: two sets share no code (a fixed or counter-based generator would).
    const other = generateRecoveryCodes();
    expect(codes.filter((code) => other.includes(code))).toEqual([]);
  });

  it('stores an HMAC of the code as people type it, bound to the user and to the key', () => {
    const [code] = generateRecoveryCodes(1);
    const stored = hashRecoveryCode(code, userId, key);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(code.replace('-', ''));
    // Any case, spaces, with or without the dash: the same code.
    expect(hashRecoveryCode(code.toUpperCase(), userId, key)).toBe(stored);
    expect(hashRecoveryCode(` ${code.replace('-', ' ')} `, userId, key)).toBe(stored);
    expect(hashRecoveryCode(code.replace('-', ''), userId, key)).toBe(stored);
    // Another user's row, or a database copied without the key, does not match.
    expect(hashRecoveryCode(code, '7c2e9a41-1111-4d7b-9a51-0d2f3c4b5a69', key)).not.toBe(stored);
    expect(hashRecoveryCode(code, userId, randomBytes(32))).not.toBe(stored);
  });

  it('takes no TOTP code, nor anything else, for a recovery code', () => {
    for (const text of ['123456', 'abcde-fghi', 'abcde-fghij1', 'abcde-fgh1j', '', 'abcde_fghij'])
      expect(hashRecoveryCode(text, userId, key)).toBeNull();
  });
});

describe('the set-up QR code', () => {
  it('is an SVG data URL drawn on the server', async () => {
    const url = await qrCodeDataUrl('otpauth://totp/ASCC:someone?secret=JBSWY3DPEHPK3PXP&issuer=ASCC');
    expect(url).toMatch(/^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+=*$/);
    const svg = Buffer.from(url.split(',')[1], 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
    // A different URI, a different picture.
    expect(await qrCodeDataUrl('otpauth://totp/ASCC:other?secret=JBSWY3DPEHPK3PXQ')).not.toBe(url);
  });
});
