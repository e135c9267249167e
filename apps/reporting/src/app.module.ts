import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { ReadModelModule } from './read-model/read-model.module';
import { YearlyReportsModule } from './yearly-reports/yearly-reports.module';

@Module({
  imports: [DatabaseModule.forService(DATABASE), ReadModelModule, YearlyReportsModule],
  controllers: [healthController('reporting'), auditController('reporting')],
})
export class AppModule {}
