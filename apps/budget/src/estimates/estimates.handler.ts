import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BUDGET_SUBJECTS } from '@ascc/contracts';
import { EstimatesService } from './estimates.service';

@Controller()
export class EstimatesHandler {
  constructor(private readonly estimates: EstimatesService) {}

  @MessagePattern(BUDGET_SUBJECTS.estimateCreate)
  create(@Payload() payload: unknown) {
    return this.estimates.create(payload);
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateList)
  list(@Payload() payload: unknown) {
    return this.estimates.list(payload);
  }

  @MessagePattern(BUDGET_SUBJECTS.estimateGet)
  get(@Payload() payload: unknown) {
    return this.estimates.get(payload);
  }
}
