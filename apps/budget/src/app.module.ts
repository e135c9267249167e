import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { ConsolidationModule } from './consolidation/consolidation.module';
import { DATABASE } from './database';
import { DemoModule } from './demo/demo.module';
import { EstimatesModule } from './estimates/estimates.module';

@Module({
  imports: [DatabaseModule.forService(DATABASE), EstimatesModule, ConsolidationModule, DemoModule],
  controllers: [healthController('budget'), auditController('budget')],
})
export class AppModule {}
