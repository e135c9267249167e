import type { z } from 'zod';
import { type HttpRouteContract, fieldErrorsFromZod } from '@ascc/contracts';
import { authErrors } from '../auth/auth-errors';

/** The route's input, validated with its contract schema; a 400 naming each bad field otherwise. */
export function parseMessage<I extends z.ZodType>(route: HttpRouteContract<I>, message: unknown): z.infer<I> {
  const parsed = route.input.safeParse(message);
  if (!parsed.success) {
    throw authErrors.invalid('The request has invalid fields', fieldErrorsFromZod(parsed.error));
  }
  return parsed.data;
}
