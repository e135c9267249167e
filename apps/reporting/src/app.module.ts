import { Module } from '@nestjs/common';
import { DatabaseModule, HEALTH_PROBE, auditController, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { ActionPlansModule } from './action-plans/action-plans.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ReadModelModule } from './read-model/read-model.module';
import { ReadModelConsumers } from './read-model/read-model-consumers';
import { YearlyReportsModule } from './yearly-reports/yearly-reports.module';
import { ReportingSearchController } from './search/reporting-search.controller';

@Module({
  imports: [
    DatabaseModule.forService(DATABASE),
    ReadModelModule,
    YearlyReportsModule,
    IndicatorsModule,
    NotificationsModule,
    ActionPlansModule,
  ],
  controllers: [healthController('reporting'), auditController('reporting'), ReportingSearchController],
  // The health answer includes the read model's check (its consumers are checked by service-kit).
  providers: [{ provide: HEALTH_PROBE, useExisting: ReadModelConsumers }],
})
export class AppModule {}
