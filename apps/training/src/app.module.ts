import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { CoursesModule } from './courses/courses.module';
import { DATABASE } from './database';
import { FundingModule } from './funding/funding.module';

@Module({
  imports: [DatabaseModule.forService(DATABASE), CoursesModule, FundingModule],
  controllers: [healthController('training'), auditController('training')],
})
export class AppModule {}
