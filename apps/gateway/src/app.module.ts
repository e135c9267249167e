import { Module } from '@nestjs/common';
import { BudgetEstimatesController } from './budget/budget-estimates.controller';
import { BusModule } from './bus/bus.module';
import { CulturalEventsController } from './culture/cultural-events.controller';
import { DocsController } from './docs/docs.controller';
import { HealthController } from './health/health.controller';
import { NgosController } from './aid/ngos.controller';
import { TrainingCoursesController } from './training/training-courses.controller';

@Module({
  imports: [BusModule],
  controllers: [
    HealthController,
    DocsController,
    TrainingCoursesController,
    NgosController,
    CulturalEventsController,
    BudgetEstimatesController,
  ],
})
export class AppModule {}
