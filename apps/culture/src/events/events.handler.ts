import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CULTURE_SUBJECTS } from '@ascc/contracts';
import { EventsService } from './events.service';

@Controller()
export class EventsHandler {
  constructor(private readonly events: EventsService) {}

  @MessagePattern(CULTURE_SUBJECTS.eventCreate)
  create(@Payload() payload: unknown) {
    return this.events.create(payload);
  }

  @MessagePattern(CULTURE_SUBJECTS.eventList)
  list(@Payload() payload: unknown) {
    return this.events.list(payload);
  }

  @MessagePattern(CULTURE_SUBJECTS.eventGet)
  get(@Payload() payload: unknown) {
    return this.events.get(payload);
  }
}
