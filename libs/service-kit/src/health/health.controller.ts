import os from 'node:os';
import { Controller, Inject, Optional, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { MikroORM } from '@mikro-orm/core';
import { HEALTH_SUBJECTS, type HealthCheck, type ServiceHealth, type ServiceName } from '@ascc/contracts';
import { databaseKind } from '../database/orm-options';
import { EventConsumers } from '../events/event-consumers';
import { OutboxEvent } from '../events/outbox-event.entity';

const startedAt = Date.now();

/** A service's own checks beyond its database and events (the reporting service's read model). */
export interface HealthProbe {
  check(): Promise<HealthCheck[]>;
}
/** Provide a `HealthProbe` under this token for the health answer to include its checks. */
export const HEALTH_PROBE = Symbol('HEALTH_PROBE');

/** Seconds an event may wait in the outbox before the relay counts as stalled. */
export const OUTBOX_STALL_SECONDS = Number(process.env.HEALTH_OUTBOX_STALL_SECONDS ?? 60);

/**
 * Answers `<service>.health.get` with the database's state and every part that could fail quietly: its
 * durable consumers (missing, failing or lagging), its outbox (events not published for a minute) and
 * its own probe (a read model that cannot be read). Reaching it at all proves NATS works. `degraded`:
 * the service answers but a check is lagging or failing, so the status page does not say all is well.
 */
export function healthController(service: ServiceName): Type<unknown> {
  @Controller()
  class HealthController {
    constructor(
      @Inject(MikroORM) private readonly orm: MikroORM,
      @Optional() @Inject(EventConsumers) private readonly consumers?: EventConsumers,
      @Optional() @Inject(HEALTH_PROBE) private readonly probe?: HealthProbe,
    ) {}

    @MessagePattern(HEALTH_SUBJECTS[service])
    async check(): Promise<ServiceHealth> {
      const database = (await this.orm.isConnected()) ? 'up' : 'down';
      const checks =
        database === 'up'
          ? (
              await Promise.all([
                this.consumers?.health() ?? [],
                this.outbox(),
                this.probe?.check().catch((error: unknown) => [
                  {
                    name: service,
                    kind: 'read-model' as const,
                    status: 'failing' as const,
                    detail: (error as Error).message,
                  },
                ]) ?? [],
              ])
            ).flat()
          : [];
      return {
        service,
        status: database === 'down' ? 'down' : checks.some((c) => c.status !== 'ok') ? 'degraded' : 'up',
        database,
        databaseKind: databaseKind(),
        instance: `${os.hostname()}:${process.pid}`,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        restarts: Number(process.env.RESTARTS ?? 0) || 0,
        checks,
      };
    }

    /** Events written but not published for longer than the relay ever takes: a stalled relay. */
    private async outbox(): Promise<HealthCheck[]> {
      if (!this.orm.getMetadata().find(OutboxEvent.name)) return [];
      try {
        const before = new Date(Date.now() - OUTBOX_STALL_SECONDS * 1000);
        const pending = await this.orm.em.fork().count(OutboxEvent, {
          publishedAt: null,
          occurredAt: { $lt: before },
        });
        return [
          pending
            ? {
                name: 'outbox',
                kind: 'outbox',
                status: 'failing',
                pending,
                detail: `${pending} events unpublished for over ${OUTBOX_STALL_SECONDS} s`,
              }
            : { name: 'outbox', kind: 'outbox', status: 'ok', pending: 0 },
        ];
      } catch (error) {
        return [{ name: 'outbox', kind: 'outbox', status: 'failing', detail: (error as Error).message }];
      }
    }
  }
  return HealthController;
}
