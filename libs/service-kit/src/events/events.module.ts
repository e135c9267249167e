import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { ServiceName } from '@ascc/contracts';
import { EventBus } from './event-bus';
import { EventConsumers } from './event-consumers';
import { OutboxRelay } from './outbox-relay';
import { announceRecordChanges } from './record-changes';

/**
 * Starts the outbox relay and the registered consumers once the application is up (handlers register
 * with `EventConsumers.consume` in their module's `onModuleInit`), and stops them before the database
 * closes.
 */
@Injectable()
class EventsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(EventConsumers) private readonly consumers: EventConsumers,
    @Inject(EventBus) private readonly bus: EventBus,
  ) {}

  onApplicationBootstrap() {
    this.relay.start();
    this.consumers.start();
  }

  async beforeApplicationShutdown() {
    await Promise.all([this.relay.stop(), this.consumers.stop()]);
    await this.bus.close();
  }
}

/** Domain events of a department service: its outbox relay and its durable consumers (JetStream). */
@Global()
@Module({})
export class EventsModule {
  static forService(service: ServiceName): DynamicModule {
    return {
      module: EventsModule,
      providers: [
        { provide: EventBus, useFactory: () => new EventBus(service) },
        {
          provide: OutboxRelay,
          inject: [MikroORM, EventBus],
          useFactory: (orm: MikroORM, bus: EventBus) => {
            announceRecordChanges(orm, service);
            return new OutboxRelay(orm, bus);
          },
        },
        {
          provide: EventConsumers,
          inject: [MikroORM, EventBus],
          useFactory: (orm: MikroORM, bus: EventBus) => new EventConsumers(orm, bus),
        },
        EventsLifecycle,
      ],
      exports: [EventBus, OutboxRelay, EventConsumers],
    };
  }
}
