import { Module } from '@nestjs/common';
import { DatabaseModule, auditController, healthController } from '@ascc/service-kit';
import { CoursesModule } from './courses/courses.module';
import { DATABASE } from './database';

@Module({
  imports: [DatabaseModule.forService(DATABASE), CoursesModule],
  controllers: [healthController('training'), auditController('training')],
})
export class AppModule {}
