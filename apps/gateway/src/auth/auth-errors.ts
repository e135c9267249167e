import {
  ERROR_STATUS,
  type FieldError,
  type RefusalAt,
  type RefusalParams,
  type RefusalRule,
  refusalBody,
} from '@ascc/contracts';
import { ApiError } from '../bus/service-bus';
import { DISPLAY_TIME_ZONE } from './auth-policy';

/** A refusal of `REFUSAL_RULES`, answered with the code its rule names. */
function refuse<R extends RefusalRule>(rule: R, params: RefusalParams<R>, message: string, at?: RefusalAt) {
  return new ApiError(refusalBody(rule, params, message, at));
}

/** The errors of sign-in and user management, in the one error model (the filter adds the correlation id). */
export const authErrors = {
  unauthenticated: (message: string) =>
    new ApiError({ code: 'UNAUTHENTICATED', status: ERROR_STATUS.UNAUTHENTICATED, message }),

  /** Wrong username or password alike: which one is wrong is not said. */
  badCredentials: () => refuse('badCredentials', {}, 'Wrong username or password'),

  /**
   * HTTP 429 with Retry-After: too many failed sign-ins for this account name or from this address.
   * Said alike whether or not the account exists, and whichever of the two holds it back.
   */
  locked: (until: Date, now = new Date()) => {
    const time = clockTime(until, true);
    const error = refuse('accountLocked', { time }, `Too many failed sign-ins; try again after ${time}`);
    error.retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
    return error;
  },

  /** HTTP 429: too many sign-in attempts from one address. */
  rateLimited: () => refuse('tooManyAttempts', {}, 'Too many attempts from this address; wait a minute'),

  invalid: (message: string, fields: FieldError[]) =>
    new ApiError({ code: 'VALIDATION_FAILED', status: ERROR_STATUS.VALIDATION_FAILED, message, fields }),

  /** A refusal by its rule (a 409 has no other way out): the code comes from the rule. */
  refuse,

  notFound: (message: string) => new ApiError({ code: 'NOT_FOUND', status: ERROR_STATUS.NOT_FOUND, message }),
};

/**
 * HH:MM (or HH:MM:SS) in the province's time zone, rounded up so that "try again after 14:36" is never
 * a moment when the delay still holds.
 */
export function clockTime(date: Date, withSeconds = false): string {
  const unit = withSeconds ? 1000 : 60_000;
  const roundedUp = new Date(Math.ceil(date.getTime() / unit) * unit);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: DISPLAY_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' as const } : {}),
    hourCycle: 'h23',
  }).format(roundedUp);
}
