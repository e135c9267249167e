import { totp, totpStep } from '../totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890".
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('totp (tests compute the admin’s codes with it)', () => {
  it('matches the RFC 6238 SHA-1 test vectors', () => {
    expect(totp(RFC_SECRET, 59_000, 8)).toBe('94287082');
    expect(totp(RFC_SECRET, 1_111_111_109_000, 8)).toBe('07081804');
    expect(totp(RFC_SECRET, 1_234_567_890_000, 8)).toBe('89005924');
    expect(totp(RFC_SECRET, 20_000_000_000_000, 8)).toBe('65353130');
  });

  it('gives six digits by default, the same within a 30-second step', () => {
    expect(totp(RFC_SECRET, 59_000)).toBe('287082');
    expect(totp(RFC_SECRET.toLowerCase(), 59_000)).toBe('287082');
    expect(totp(RFC_SECRET, 30_000)).toBe(totp(RFC_SECRET, 59_999));
    expect(totpStep(59_999)).toBe(1);
  });

  it('computes the codes of the demo admin the stack is started with', () => {
    // DEMO_ENV.DEMO_TOTP_SECRET; the codes are those the earlier hand-written helper printed.
    expect(totp('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 59_000)).toBe('503347');
    expect(totp('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Date.UTC(2026, 0, 15, 8, 0, 0))).toBe('338405');
  });
});
