import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type ActivityLookupResult, ActivityLookupSchema, FUNDING_SUBJECTS } from '@ascc/contracts';
import { validate } from '@ascc/service-kit';

/**
 * Answers the budget service's lookups of aid activities. Aid projects and delegations are not
 * modelled in this service yet, so every lookup answers `exists: false` (a line linking one is refused
 * with 400) until they are: then this looks them up like training's and culture's lookups do.
 */
@Controller()
export class FundingHandler {
  @MessagePattern(FUNDING_SUBJECTS.aidLookup)
  lookup(@Payload() payload: unknown): ActivityLookupResult {
    validate(ActivityLookupSchema, payload);
    return { exists: false };
  }
}
