/** NATS message headers every request carries. */
export const HEADER = {
  correlationId: 'x-correlation-id',
  /**
   * The signed-in caller, set by the gateway after authentication: a compact JWS signed with the gateway's
   * Ed25519 key, for one service and one correlation id (auth/caller-token.ts).
   */
  caller: 'x-caller',
} as const;
