import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { FUNDING_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { FundingService } from './funding.service';

@Controller()
export class FundingHandler {
  constructor(private readonly funding: FundingService) {}

  /** Asked by the budget service only (NATS lets only it publish here): read-only, no caller needed. */
  @MessagePattern(FUNDING_SUBJECTS.trainingLookup)
  lookup(@Payload() payload: unknown) {
    return this.funding.lookup(payload);
  }

  @MessagePattern(FUNDING_SUBJECTS.trainingFunding)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.funding.funding(payload, requestContext(nats));
  }
}
