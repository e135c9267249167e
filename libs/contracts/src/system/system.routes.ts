import { z } from 'zod';
import { gatewayRoute } from '../common/route';
import { GatewayHealthSchema, HealthRequestSchema, SystemMetricsSchema } from './system.schema';

/** The gateway's own system routes. */
export const SYSTEM_ROUTES = {
  /** Public on purpose: load balancers and the status page probe it; it tells only up/down and timings. */
  health: gatewayRoute({
    operationId: 'getHealth',
    method: 'GET',
    path: '/api/health',
    input: HealthRequestSchema,
    output: GatewayHealthSchema,
    status: 200,
    summary: "Each service's status and round-trip time",
    tag: 'system',
    permission: 'public',
  }),
  /** Errors per minute, slowest routes and event lag per consumer: administrators only. */
  metrics: gatewayRoute({
    operationId: 'getSystemMetrics',
    method: 'GET',
    path: '/api/system/metrics',
    input: HealthRequestSchema,
    output: SystemMetricsSchema,
    status: 200,
    summary: 'Errors per minute, slowest routes and event lag per consumer',
    tag: 'system',
    permission: 'system.metrics.read',
  }),
  /** The API documentation (Swagger UI page, its start script, and the OpenAPI document): public. */
  docsPage: gatewayRoute({
    operationId: 'getApiDocsPage',
    method: 'GET',
    path: '/api/docs',
    input: HealthRequestSchema,
    output: z.string(),
    status: 200,
    summary: 'API documentation page',
    tag: 'docs',
    permission: 'public',
  }),
  docsScript: gatewayRoute({
    operationId: 'getApiDocsScript',
    method: 'GET',
    path: '/api/docs/init.js',
    input: HealthRequestSchema,
    output: z.string(),
    status: 200,
    summary: 'Start script of the documentation page',
    tag: 'docs',
    permission: 'public',
  }),
  openApi: gatewayRoute({
    operationId: 'getOpenApiDocument',
    method: 'GET',
    path: '/api/docs/openapi.json',
    input: HealthRequestSchema,
    output: z.record(z.string(), z.unknown()),
    status: 200,
    summary: 'This OpenAPI document',
    tag: 'docs',
    permission: 'public',
  }),
  /**
   * Live updates (issue 21): a Server-Sent Events stream of the record changes the caller may read
   * (`change` events, `id` = the cursor to resume from with Last-Event-ID; see common/live.ts).
   * Every signed-in user may open it; each event is filtered by its kind's read permission.
   */
  liveEvents: gatewayRoute({
    operationId: 'streamLiveEvents',
    method: 'GET',
    path: '/api/events/stream',
    input: HealthRequestSchema,
    output: z.string(),
    status: 200,
    summary: 'Live record changes the caller may see (text/event-stream)',
    tag: 'system',
    permission: 'live.events.read',
  }),
};
