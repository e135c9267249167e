import { Module } from '@nestjs/common';
import { FundingHandler } from './funding.handler';

/** Lookups of aid activities (projects, delegations) for budget lines that fund them. */
@Module({ controllers: [FundingHandler] })
export class FundingModule {}
