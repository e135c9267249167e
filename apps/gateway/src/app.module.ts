import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActivityFundingController } from './budget/activity-funding.controller';
import { BudgetEstimatesController } from './budget/budget-estimates.controller';
import { BudgetLineAttachmentsController } from './budget/budget-line-attachments.controller';
import { BusModule } from './bus/bus.module';
import { CulturalEventsController } from './culture/cultural-events.controller';
import { PublicCultureController } from './culture/public-culture.controller';
import { DocsController } from './docs/docs.controller';
import { HealthController } from './health/health.controller';
import { PermissionGuard } from './http/permission.guard';
import { IdentityModule } from './identity/identity.module';
import { AidProjectsController } from './aid/aid-projects.controller';
import { AidReportsController } from './aid/aid-reports.controller';
import { DelegationsController } from './aid/delegations.controller';
import { NgosController } from './aid/ngos.controller';
import { ReportingController } from './reporting/reporting.controller';
import { TrainingCoursesController } from './training/training-courses.controller';

@Module({
  imports: [BusModule, IdentityModule],
  controllers: [
    HealthController,
    DocsController,
    TrainingCoursesController,
    NgosController,
    AidProjectsController,
    DelegationsController,
    AidReportsController,
    CulturalEventsController,
    PublicCultureController,
    BudgetEstimatesController,
    BudgetLineAttachmentsController,
    ActivityFundingController,
    ReportingController,
  ],
  // Deny by default: every route passes the permission guard (public routes need no sign-in).
  providers: [{ provide: APP_GUARD, useClass: PermissionGuard }],
})
export class AppModule {}
