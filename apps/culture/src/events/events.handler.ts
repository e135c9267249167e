import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { CULTURE_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { EventsService } from './events.service';

@Controller()
export class EventsHandler {
  constructor(private readonly events: EventsService) {}

  @MessagePattern(CULTURE_SUBJECTS.eventCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.create(payload, requestContext(nats));
  }

  @MessagePattern(CULTURE_SUBJECTS.eventList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.list(payload, requestContext(nats));
  }

  @MessagePattern(CULTURE_SUBJECTS.eventGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.get(payload, requestContext(nats));
  }

  @MessagePattern(CULTURE_SUBJECTS.eventHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.history(payload, requestContext(nats));
  }
}
