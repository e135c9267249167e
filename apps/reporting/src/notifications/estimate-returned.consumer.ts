import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { BUDGET_EVENTS } from '@ascc/contracts';
import { EventConsumers, consumerName } from '@ascc/service-kit';
import { deliver } from './inbox';
import { estimateReturnedNotification } from './reminder-rules';

/**
 * Finance returned an estimate: its author finds it in the inbox. A durable consumer of the budget's
 * stream; the notification is written in the event's transaction with its ProcessedEvent row, and its
 * reminder key is UNIQUE, so a redelivered event notifies nobody twice.
 */
@Injectable()
export class EstimateReturnedConsumer implements OnModuleInit {
  constructor(@Inject(EventConsumers) private readonly consumers: EventConsumers) {}

  onModuleInit() {
    const contract = BUDGET_EVENTS.estimateReturned;
    void this.consumers.consume(contract, consumerName('reporting', contract), async (em, data) => {
      await deliver(em, estimateReturnedNotification(data));
    });
  }
}
