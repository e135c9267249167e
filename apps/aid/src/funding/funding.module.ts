import { Module } from '@nestjs/common';
import { ActivityLookups } from './activity-lookups';

/** Lookups of aid activities (projects, delegations) for budget lines that fund them. */
@Module({ controllers: [ActivityLookups] })
export class FundingModule {}
