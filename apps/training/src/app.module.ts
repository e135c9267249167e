import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { CoursesModule } from './courses/courses.module';
import { DATABASE } from './database';
import { TrainingDemoData } from './demo/demo-data';
import { EnrolmentsModule } from './enrolments/enrolments.module';
import { FundingModule } from './funding/funding.module';
import { StatsModule } from './stats/stats.module';
import { TraineesModule } from './trainees/trainees.module';
import { TrainingSearchController } from './search/training-search.controller';

@Module({
  imports: [
    DatabaseModule.forService(DATABASE),
    CoursesModule,
    TraineesModule,
    EnrolmentsModule,
    StatsModule,
    FundingModule,
  ],
  controllers: [healthController('training'), auditController('training'), TrainingSearchController],
  providers: [TrainingDemoData],
})
export class AppModule {}
