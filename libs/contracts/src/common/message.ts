import type { z } from 'zod';

/**
 * A subject one service asks another over NATS, not an HTTP route (budget asking training whether a
 * course exists). NATS permissions (infra/nats/auth.conf) say which service may publish on it, so it
 * carries no caller and no permission; its input is still validated by the service that answers.
 */
export interface InternalContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  subject: string;
  input: I;
  output: O;
  summary: string;
}

export function internalMessage<I extends z.ZodType, O extends z.ZodType>(
  contract: InternalContract<I, O>,
): InternalContract<I, O> {
  return contract;
}
