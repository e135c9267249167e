import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { AID_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { NgosService } from './ngos.service';

@Controller()
export class NgosHandler {
  constructor(private readonly ngos: NgosService) {}

  @MessagePattern(AID_SUBJECTS.ngoCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.ngos.create(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.ngoUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.ngos.update(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.ngoList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.ngos.list(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.ngoGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.ngos.get(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.ngoHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.ngos.history(payload, requestContext(nats));
  }
}
