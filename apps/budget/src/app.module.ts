import { Module } from '@nestjs/common';
import { DatabaseModule, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { EstimatesModule } from './estimates/estimates.module';

@Module({
  imports: [DatabaseModule.forService(DATABASE), EstimatesModule],
  controllers: [healthController('budget')],
})
export class AppModule {}
