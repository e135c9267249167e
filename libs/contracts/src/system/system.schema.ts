import { z } from 'zod';

/**
 * The services behind the gateway; each answers `<service>.health.get`. `reporting` holds the
 * cross-department read model fed by the others' events.
 */
export const SERVICE_NAMES = ['training', 'aid', 'culture', 'budget', 'reporting'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const HealthRequestSchema = z.object({});

/**
 * One part of a service checked beyond its database: a durable event consumer (lagging when more events
 * wait than the limit, failing when it is missing or its events keep failing), the outbox relay (failing
 * when events wait unpublished), a read model (failing when it cannot be read), the gateway's e-mail
 * queue (failing while the SMTP server refuses what it sends, lagging when e-mails wait past their time).
 */
export const HealthCheckSchema = z.object({
  name: z.string(),
  kind: z.enum(['consumer', 'outbox', 'read-model', 'mail']),
  status: z.enum(['ok', 'lagging', 'failing']),
  /** Events waiting (a consumer's pending and unacknowledged, the outbox's unpublished). */
  pending: z.number().int().optional(),
  detail: z.string().optional(),
});
export type HealthCheck = z.infer<typeof HealthCheckSchema>;

/** `degraded`: the service answers and its database is up, but a check is lagging or failing. */
export const SERVICE_HEALTH_STATUSES = ['up', 'degraded', 'down'] as const;

export const ServiceHealthSchema = z.object({
  service: z.enum(SERVICE_NAMES),
  status: z.enum(SERVICE_HEALTH_STATUSES),
  database: z.enum(['up', 'down']),
  databaseKind: z.enum(['sqlite', 'postgresql']),
  instance: z.string(),
  uptimeSeconds: z.number(),
  /** How often its supervisor (`npm start`) restarted the process after it died. */
  restarts: z.number().int().min(0).default(0),
  checks: z.array(HealthCheckSchema).default([]),
});
export type ServiceHealth = z.infer<typeof ServiceHealthSchema>;

export const GatewayHealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  nats: z.enum(['up', 'down']),
  services: z.array(
    z.object({
      service: z.enum(SERVICE_NAMES),
      status: z.enum(SERVICE_HEALTH_STATUSES),
      database: z.enum(['up', 'down']).optional(),
      databaseKind: z.enum(['sqlite', 'postgresql']).optional(),
      roundTripMs: z.number().optional(),
      uptimeSeconds: z.number().optional(),
      restarts: z.number().int().min(0).optional(),
      error: z.string().optional(),
      checks: z.array(HealthCheckSchema).optional(),
    }),
  ),
  /** The answering gateway copy's own parts: when e-mail is on, its consumer of notifications and its queue. */
  checks: z.array(HealthCheckSchema).optional(),
  checkedAt: z.string(),
});
export type GatewayHealth = z.infer<typeof GatewayHealthSchema>;

/** One minute of the gateway's answers: all of them, 5xx (the product failed) and 4xx (refused). */
export const MinuteCountsSchema = z.object({
  /** The minute's start. */
  minute: z.string(),
  requests: z.number().int(),
  serverErrors: z.number().int(),
  clientErrors: z.number().int(),
});

/**
 * The few figures an administrator watches (the status page): answers and errors per minute over the
 * last minutes, the slowest API routes (95th percentile since the gateway started, from its histogram),
 * and each durable consumer's events waiting (from the services' health).
 */
export const SystemMetricsSchema = z.object({
  windowMinutes: z.number().int(),
  minutes: z.array(MinuteCountsSchema),
  /** When the gateway copy that answered started: the routes' figures count from then. */
  since: z.string(),
  slowestRoutes: z.array(
    z.object({
      method: z.string(),
      route: z.string(),
      requests: z.number().int(),
      p95Ms: z.number(),
    }),
  ),
  consumers: z.array(
    z.object({
      /** The service keeping the consumer; `gateway` for the gateway's own (e-mail). */
      service: z.enum([...SERVICE_NAMES, 'gateway']),
      name: z.string(),
      status: HealthCheckSchema.shape.status,
      pending: z.number().int().optional(),
    }),
  ),
  /** Services that did not answer, so their consumers are missing from the list. */
  unreachable: z.array(z.enum(SERVICE_NAMES)),
  checkedAt: z.string(),
});
export type SystemMetrics = z.infer<typeof SystemMetricsSchema>;
