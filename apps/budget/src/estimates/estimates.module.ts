import { Module } from '@nestjs/common';
import { EstimatesHandler } from './estimates.handler';
import { EstimatesService } from './estimates.service';

@Module({ controllers: [EstimatesHandler], providers: [EstimatesService] })
export class EstimatesModule {}
