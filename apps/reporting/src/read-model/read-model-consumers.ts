import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { HealthCheck } from '@ascc/contracts';
import { EventConsumers, consumerName } from '@ascc/service-kit';
import { PROJECTIONS } from './projections';
import { READ_MODEL_ENTITIES } from './read-model.entities';

const SERVICE = 'reporting';

/**
 * The read model's durable consumers of the departments' events: they fill the fact tables, one
 * transaction per event with its ProcessedEvent row, so a redelivery changes nothing. Also the service's
 * health probe for the read model (the consumers' lag is checked by `EventConsumers`).
 */
@Injectable()
export class ReadModelConsumers implements OnModuleInit {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(EventConsumers) private readonly consumers: EventConsumers,
  ) {}

  onModuleInit() {
    for (const { contract, project } of PROJECTIONS)
      void this.consumers.consume(contract, consumerName(SERVICE, contract), (em, data) => project(em, data));
  }

  /**
   * The read model's own health check: every fact table can be read. A table that cannot (missing,
   * locked, corrupt) makes the service `degraded`.
   */
  async check(): Promise<HealthCheck[]> {
    const em = this.orm.em.fork();
    for (const entity of READ_MODEL_ENTITIES) {
      try {
        await em.find(entity, {}, { limit: 1 });
      } catch (error) {
        return [
          {
            name: 'read-model',
            kind: 'read-model',
            status: 'failing',
            detail: `${em.getMetadata().find(entity.name)?.tableName ?? entity.name}: ${(error as Error).message}`,
          },
        ];
      }
    }
    return [{ name: 'read-model', kind: 'read-model', status: 'ok' }];
  }
}
