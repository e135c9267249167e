import { Module } from '@nestjs/common';
import { ActivityLinks } from './activity-links';
import { EstimatesHandler } from './estimates.handler';
import { EstimatesService } from './estimates.service';

@Module({ controllers: [EstimatesHandler], providers: [EstimatesService, ActivityLinks] })
export class EstimatesModule {}
