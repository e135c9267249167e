import { Controller } from '@nestjs/common';
import {
  HEALTH_SUBJECTS,
  SERVICE_NAMES,
  SYSTEM_ROUTES,
  type ServiceHealth,
  type ServiceName,
  type SystemMetrics,
} from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx } from '../http/api-route.decorator';
import { MailDeliveries } from '../mail/mail.module';
import { WINDOW_MINUTES, recentMinutes, slowestRoutes } from '../http/metrics';

/** A short wait: the figures are for a page polled every few seconds, during an outage too. */
const PROBE_TIMEOUT_MS = 2000;
const startedAt = new Date().toISOString();

@Controller()
export class MetricsController {
  constructor(
    private readonly bus: ServiceBus,
    private readonly mail: MailDeliveries,
  ) {}

  /**
   * What an administrator watches: answers and errors per minute and the slowest routes, from this
   * gateway's own registry; each durable consumer's events waiting, from the services' health answers
   * and the gateway's own (e-mail).
   */
  @ApiRoute(SYSTEM_ROUTES.metrics)
  async summary(@Ctx() ctx: CallContext): Promise<SystemMetrics> {
    const unreachable: ServiceName[] = [];
    const [routes, own, healths] = await Promise.all([
      slowestRoutes(),
      // The gateway's own consumer only: the e-mail queue's counts are the status page's.
      this.mail.consumerHealth().catch(() => []),
      Promise.all(
        SERVICE_NAMES.map((service) =>
          this.bus
            .send<ServiceHealth>(HEALTH_SUBJECTS[service], {}, ctx, PROBE_TIMEOUT_MS)
            .catch(() => void unreachable.push(service)),
        ),
      ),
    ]);
    const gatewayConsumers = own.map((check) => ({
      service: 'gateway' as const,
      name: check.name,
      status: check.status,
      ...(check.pending === undefined ? {} : { pending: check.pending }),
    }));
    const consumers = healths.flatMap((health) =>
      health
        ? (health.checks ?? [])
            .filter((check) => check.kind === 'consumer')
            .map((check) => ({
              service: health.service,
              name: check.name,
              status: check.status,
              ...(check.pending === undefined ? {} : { pending: check.pending }),
            }))
        : [],
    );
    return {
      windowMinutes: WINDOW_MINUTES,
      minutes: recentMinutes().map((m) => ({ ...m, minute: new Date(m.minute * 60_000).toISOString() })),
      since: startedAt,
      slowestRoutes: routes,
      consumers: [...consumers, ...gatewayConsumers].sort((a, b) => (b.pending ?? 0) - (a.pending ?? 0)),
      unreachable: SERVICE_NAMES.filter((s) => unreachable.includes(s)),
      checkedAt: new Date().toISOString(),
    };
  }
}
