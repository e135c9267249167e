import { Module } from '@nestjs/common';
import { ACTIVITY_LOOKUPS, FUNDING_ROUTES } from '@ascc/contracts';
import { fundingController } from '@ascc/service-kit';
import { FundingService } from './funding.service';

/** Budget lines funding culture activities: lookups for the budget service, and the funding Finance approved. */
@Module({
  controllers: [
    fundingController(FundingService, {
      lookup: ACTIVITY_LOOKUPS.culture,
      route: FUNDING_ROUTES.culturalEventFunding,
    }),
  ],
  providers: [FundingService],
})
export class FundingModule {}
