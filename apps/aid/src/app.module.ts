import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { DATABASE } from './database';
import { AidDemoData } from './demo/aid-demo-data';
import { DelegationsModule } from './delegations/delegations.module';
import { FundingModule } from './funding/funding.module';
import { NgosModule } from './ngos/ngos.module';
import { ProjectsModule } from './projects/projects.module';
import { ReportsModule } from './reports/reports.module';
import { AidSearchController } from './search/aid-search.controller';

@Module({
  imports: [
    DatabaseModule.forService(DATABASE),
    NgosModule,
    ProjectsModule,
    DelegationsModule,
    ReportsModule,
    FundingModule,
  ],
  controllers: [healthController('aid'), auditController('aid'), AidSearchController],
  providers: [AidDemoData],
})
export class AppModule {}
