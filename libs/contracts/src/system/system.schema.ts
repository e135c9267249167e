import { z } from 'zod';

/**
 * The services behind the gateway; each answers `<service>.health.get`. `reporting` holds the
 * cross-department read model fed by the others' events.
 */
export const SERVICE_NAMES = ['training', 'aid', 'culture', 'budget', 'reporting'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const HealthRequestSchema = z.object({});

export const ServiceHealthSchema = z.object({
  service: z.enum(SERVICE_NAMES),
  status: z.enum(['up', 'down']),
  database: z.enum(['up', 'down']),
  databaseKind: z.enum(['sqlite', 'postgresql']),
  instance: z.string(),
  uptimeSeconds: z.number(),
});
export type ServiceHealth = z.infer<typeof ServiceHealthSchema>;

export const GatewayHealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  nats: z.enum(['up', 'down']),
  services: z.array(
    z.object({
      service: z.enum(SERVICE_NAMES),
      status: z.enum(['up', 'down']),
      database: z.enum(['up', 'down']).optional(),
      databaseKind: z.enum(['sqlite', 'postgresql']).optional(),
      roundTripMs: z.number().optional(),
      error: z.string().optional(),
    }),
  ),
  checkedAt: z.string(),
});
export type GatewayHealth = z.infer<typeof GatewayHealthSchema>;
