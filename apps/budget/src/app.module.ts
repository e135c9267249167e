import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { ConsolidationModule } from './consolidation/consolidation.module';
import { DATABASE } from './database';
import { DemoModule } from './demo/demo.module';
import { EstimatesModule } from './estimates/estimates.module';
import { BudgetSearchController } from './search/budget-search.controller';

@Module({
  imports: [DatabaseModule.forService(DATABASE), EstimatesModule, ConsolidationModule, DemoModule],
  controllers: [healthController('budget'), auditController('budget'), BudgetSearchController],
})
export class AppModule {}
