import { Module } from '@nestjs/common';
import { FundingHandler } from './funding.handler';
import { FundingService } from './funding.service';

/** Budget lines funding courses: lookups for the budget service, and the funding Finance approved. */
@Module({ controllers: [FundingHandler], providers: [FundingService] })
export class FundingModule {}
