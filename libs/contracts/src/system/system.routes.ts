import { GatewayHealthSchema, HealthRequestSchema } from './system.schema';

/** The gateway's own routes: answered by the gateway itself, not forwarded to one service. */
export const SYSTEM_ROUTES = {
  health: {
    method: 'GET',
    path: '/api/health',
    input: HealthRequestSchema,
    output: GatewayHealthSchema,
  },
} as const;
