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

  locked: (until: Date) => {
    const time = clockTime(until);
    return refuse('accountLocked', { time }, `Too many failed attempts; try again after ${time}`);
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
 * HH:MM in the province's time zone, rounded up to the minute so that "try again after 14:36" is never
 * a moment when the lock still holds.
 */
export function clockTime(date: Date): string {
  const roundedUp = new Date(Math.ceil(date.getTime() / 60_000) * 60_000);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: DISPLAY_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(roundedUp);
}
