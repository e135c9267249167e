import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { EstimatesModule } from './estimates/estimates.module';

@Module({
  imports: [DatabaseModule.forService(DATABASE), EstimatesModule],
  controllers: [healthController('budget'), auditController('budget')],
})
export class AppModule {}
