import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { BUDGET_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { EstimatesService } from './estimates.service';

@Controller()
export class EstimatesHandler {
  constructor(private readonly estimates: EstimatesService) {}

  @MessagePattern(BUDGET_SUBJECTS.estimateCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.create(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.list(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.get(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.update(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateSubmit)
  submit(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.submit(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateReview)
  review(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.review(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateVersions)
  versions(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.versions(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.history(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.deadlineList)
  deadlines(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.deadlines(payload, requestContext(nats));
  }

  @MessagePattern(BUDGET_SUBJECTS.deadlineSet)
  setDeadline(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.estimates.setDeadline(payload, requestContext(nats));
  }
}
