/** The numbers of sign-in, in one place so the rules read as a whole. */
export const AUTH_POLICY = {
  /** Access tokens are short-lived: a stolen one is worth little, and revocation bites within minutes. */
  accessTokenSeconds: 15 * 60,
  /** The second-factor step of a sign-in must be finished within this. */
  challengeSeconds: 5 * 60,
  sessionIdleMs: 30 * 60_000,
  sessionAbsoluteMs: 12 * 60 * 60_000,
  /** Requests refresh a session's last use at most this often, so reads do not turn into writes. */
  touchIntervalMs: 60_000,
  maxFailedLogins: 5,
  lockMs: 15 * 60_000,
  /** Sign-in attempts per address per window, across /api/auth/login and /api/auth/login/totp. */
  loginAttemptsPerAddress: 10,
  loginRateWindowMs: 60_000,
} as const;

/** The province's clock: lock-out messages name the time the person will see on their wall. */
export const DISPLAY_TIME_ZONE = 'Asia/Ho_Chi_Minh';
