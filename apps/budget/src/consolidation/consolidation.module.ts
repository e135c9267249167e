import { Module } from '@nestjs/common';
import { ConsolidationService } from './consolidation.service';

@Module({ controllers: [ConsolidationService] })
export class ConsolidationModule {}
