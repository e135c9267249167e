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
});
