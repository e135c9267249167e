import type { z } from 'zod';
import { fieldErrorsFromZod } from '@ascc/contracts';
import { ServiceError } from './service-error';

/** Parses a message with its contract schema; bad input becomes a 400 naming each field. */
export function validate<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> {
  const result = schema.safeParse(payload);
  if (!result.success) {
    throw new ServiceError(
      'VALIDATION_FAILED',
      'The request has invalid fields',
      fieldErrorsFromZod(result.error),
    );
  }
  return result.data;
}
