import { Module } from '@nestjs/common';
import { ConsolidationHandler } from './consolidation.handler';
import { ConsolidationService } from './consolidation.service';

@Module({ controllers: [ConsolidationHandler], providers: [ConsolidationService] })
export class ConsolidationModule {}
