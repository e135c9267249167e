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
  /**
   * How long a gateway copy trusts the session and user it read for an access token before reading them
   * again (a revoked session, a deactivated user or a changed role bites on every copy within this; the
   * copy that made the change forgets at once).
   */
  sessionCacheMs: 500,
  /**
   * Failed sign-ins (passwords and codes) an account name may have before each further attempt waits;
   * the wait then doubles from `firstDelayMs` with every failure up to `maxDelayMs`, and a good sign-in
   * ends it. Never a lock: whoever tries from elsewhere holds the account back for one delay at most.
   */
  freeFailuresPerAccount: 5,
  /** The same for one client address, across every account name (an office may share one address). */
  freeFailuresPerAddress: 20,
  firstDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  /** A count whose last failure is older than this starts again. */
  throttleMemoryMs: 24 * 60 * 60_000,
  /**
   * Sign-in attempts per address per window, across /api/auth/login and /api/auth/login/totp: in each
   * gateway's memory, a cheap brake on floods before any password is hashed.
   */
  loginAttemptsPerAddress: 10,
  loginRateWindowMs: 60_000,
} as const;

/** The province's clock: lock-out messages name the time the person will see on their wall. */
export const DISPLAY_TIME_ZONE = 'Asia/Ho_Chi_Minh';
