/** NATS message headers every request carries. */
export const HEADER = {
  correlationId: 'x-correlation-id',
  /** The signed-in caller (JSON of `Caller`), set by the gateway after authentication. */
  caller: 'x-caller',
} as const;
