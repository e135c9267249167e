import { ERROR_STATUS, type FieldError, refusalField } from '@ascc/contracts';
import { ApiError } from '../bus/service-bus';
import { DISPLAY_TIME_ZONE } from './auth-policy';

/** The errors of sign-in and user management, in the one error model (the filter adds the correlation id). */
export const authErrors = {
  unauthenticated: (message: string) =>
    new ApiError({ code: 'UNAUTHENTICATED', status: ERROR_STATUS.UNAUTHENTICATED, message }),

  /** Wrong username or password alike: which one is wrong is not said. */
  badCredentials: () =>
    new ApiError({
      code: 'UNAUTHENTICATED',
      status: ERROR_STATUS.UNAUTHENTICATED,
      message: 'Wrong username or password',
      fields: [refusalField('badCredentials', {}, 'Wrong username or password')],
    }),

  locked: (until: Date) => {
    const time = clockTime(until);
    const message = `Too many failed attempts; try again after ${time}`;
    return new ApiError({
      code: 'UNAUTHENTICATED',
      status: ERROR_STATUS.UNAUTHENTICATED,
      message,
      fields: [refusalField('accountLocked', { time }, message)],
    });
  },

  /** HTTP 429: too many sign-in attempts from one address. */
  rateLimited: () =>
    new ApiError({
      code: 'RATE_LIMITED',
      status: 429,
      message: 'Too many attempts from this address; wait a minute',
      fields: [refusalField('tooManyAttempts', {}, 'Too many attempts from this address; wait a minute')],
    }),

  invalid: (message: string, fields: FieldError[]) =>
    new ApiError({ code: 'VALIDATION_FAILED', status: ERROR_STATUS.VALIDATION_FAILED, message, fields }),

  /** A 409 always names its rule: `fields` holds its `refusalField`. */
  conflict: (message: string, fields: FieldError[]) =>
    new ApiError({ code: 'CONFLICT', status: ERROR_STATUS.CONFLICT, message, fields }),

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
