import { unusedTotpCode } from '../sign-in';
import { totp, totpStep } from '../totp';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** 10 s into a 30-second step. */
const T0 = (totpStep(Date.UTC(2026, 0, 15, 8, 0, 0)) * 30 + 10) * 1000;

describe('unusedTotpCode (a sign-in code the server has not seen from this user)', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: T0 });
  });
  afterEach(() => jest.useRealTimers());

  it("gives the current step's code, then the next step's at once, and only then waits for a new step", async () => {
    expect(await unusedTotpCode('first.user', SECRET)).toBe(totp(SECRET, T0));
    // The server accepts the next step's code too (a clock a little behind): no waiting.
    expect(await unusedTotpCode('First.User', SECRET)).toBe(totp(SECRET, T0 + 30_000));

    // Both are used: the third waits until the next step begins, then gives the step after it.
    let third: string | undefined;
    void unusedTotpCode('first.user', SECRET).then((code) => (third = code));
    await jest.advanceTimersByTimeAsync(19_000);
    expect(third).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1_500);
    expect(third).toBe(totp(SECRET, T0 + 60_000));
  });

  it("keeps each user's steps apart, and never gives an earlier step's code than one already given", async () => {
    expect(await unusedTotpCode('second.user', SECRET)).toBe(totp(SECRET, T0));
    expect(await unusedTotpCode('third.user', SECRET)).toBe(totp(SECRET, T0));
    // A step later: that step's code, then the one after it.
    jest.setSystemTime(T0 + 30_000);
    expect(await unusedTotpCode('second.user', SECRET)).toBe(totp(SECRET, T0 + 30_000));
    expect(await unusedTotpCode('second.user', SECRET)).toBe(totp(SECRET, T0 + 60_000));
  });
});
