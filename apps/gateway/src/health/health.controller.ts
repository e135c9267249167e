import { Controller, Inject } from '@nestjs/common';
import { ClientNats } from '@nestjs/microservices';
import {
  HEALTH_SUBJECTS,
  SERVICE_NAMES,
  SYSTEM_ROUTES,
  type GatewayHealth,
  type ServiceHealth,
} from '@ascc/contracts';
import { ApiError, NATS_CLIENT, ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx } from '../http/api-route.decorator';
import { MailDeliveries } from '../mail/mail.module';

/** Milliseconds a health probe waits; short, so the status page answers quickly during an outage. */
const PROBE_TIMEOUT_MS = 2000;

@Controller()
export class HealthController {
  constructor(
    private readonly bus: ServiceBus,
    @Inject(NATS_CLIENT) private readonly client: ClientNats,
    private readonly mail: MailDeliveries,
  ) {}

  /**
   * Asks every service in parallel; each answer's round-trip time covers gateway → NATS → service →
   * database. `ok` only when every service is up with every check passing, and the gateway's own (its
   * e-mail consumer and queue, when e-mail is on): a lagging or failing one makes the answer `degraded`,
   * naming it.
   */
  @ApiRoute(SYSTEM_ROUTES.health)
  async check(@Ctx() ctx: CallContext): Promise<GatewayHealth> {
    const [services, checks] = await Promise.all([
      this.services(ctx),
      // The gateway's own parts (e-mail); a database that cannot say counts as failing.
      this.mail
        .health()
        .catch((): GatewayHealth['checks'] => [{ name: 'mail', kind: 'mail', status: 'failing' }]),
    ]);
    const natsUp = !this.client.unwrap<{ isClosed(): boolean }>().isClosed();
    const allOk =
      natsUp && services.every((s) => s.status === 'up') && (checks ?? []).every((c) => c.status === 'ok');
    return {
      status: allOk ? 'ok' : 'degraded',
      nats: natsUp ? 'up' : 'down',
      services,
      ...(checks?.length ? { checks } : {}),
      checkedAt: new Date().toISOString(),
    };
  }

  private services(ctx: CallContext): Promise<GatewayHealth['services']> {
    return Promise.all(
      SERVICE_NAMES.map(async (service) => {
        const started = performance.now();
        try {
          const health = await this.bus.send<ServiceHealth>(
            HEALTH_SUBJECTS[service],
            {},
            ctx,
            PROBE_TIMEOUT_MS,
          );
          const roundTripMs = Math.round((performance.now() - started) * 10) / 10;
          return {
            service,
            status: health.status,
            database: health.database,
            databaseKind: health.databaseKind,
            roundTripMs,
            uptimeSeconds: health.uptimeSeconds,
            restarts: health.restarts ?? 0,
            // What the service checked beyond its database: consumers, outbox, read model.
            checks: health.checks ?? [],
          };
        } catch (error) {
          const message = error instanceof ApiError ? error.body.message : 'Unavailable';
          return { service, status: 'down' as const, error: message };
        }
      }),
    );
  }
}
