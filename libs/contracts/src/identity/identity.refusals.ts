import { defineRefusals } from '../common/common.refusals';

/** The gateway's refusals of sign-in and user management. */
export const IDENTITY_REFUSALS = defineRefusals({
  usernameTaken: { code: 'CONFLICT', params: ['username'] },
  userChanged: { code: 'CONFLICT', params: ['username'] },
  badCredentials: { code: 'UNAUTHENTICATED', params: [] },
  /** Growing delays after failed sign-ins (per account name and per address): never a lock for good. */
  accountLocked: { code: 'RATE_LIMITED', params: ['time'] },
  tooManyAttempts: { code: 'RATE_LIMITED', params: [] },
  /** A first or reset password not yet replaced: nothing but one's own session until it is. */
  passwordChangeRequired: { code: 'FORBIDDEN', params: [] },
  /** Starting an authenticator set-up while one is already enabled. */
  secondFactorAlreadyEnabled: { code: 'CONFLICT', params: [] },
  /** Confirming a set-up never started, or asking for recovery codes without an authenticator. */
  secondFactorNotSetUp: { code: 'CONFLICT', params: [] },
  /** A wrong (or already used) authenticator code on the account screen, beside the code field. */
  secondFactorCodeRejected: { code: 'VALIDATION_FAILED', params: [] },
});
