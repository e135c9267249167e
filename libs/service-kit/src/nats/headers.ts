/** NATS message headers every request carries. */
export const HEADER = {
  correlationId: 'x-correlation-id',
} as const;
