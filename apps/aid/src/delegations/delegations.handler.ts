import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { AID_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { DelegationsService } from './delegations.service';

@Controller()
export class DelegationsHandler {
  constructor(private readonly delegations: DelegationsService) {}

  @MessagePattern(AID_SUBJECTS.delegationCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.delegations.create(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.delegationUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.delegations.update(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.delegationList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.delegations.list(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.delegationGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.delegations.get(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.delegationHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.delegations.history(payload, requestContext(nats));
  }
}
