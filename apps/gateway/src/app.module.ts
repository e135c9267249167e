import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { BusModule } from './bus/bus.module';
import { DocsController } from './docs/docs.controller';
import { departmentControllers } from './forwarding/department-routes';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { PermissionGuard } from './http/permission.guard';
import { IdentityModule } from './identity/identity.module';
import { LiveModule } from './live/live.module';
import { MailModule } from './mail/mail.module';
import { SearchController } from './search/search.controller';

@Module({
  imports: [BusModule, IdentityModule, LiveModule, MailModule],
  // The department routes are built from their contracts (DEPARTMENT_ROUTES): each only forwards.
  controllers: [
    HealthController,
    MetricsController,
    DocsController,
    SearchController,
    ...departmentControllers(),
  ],
  // Deny by default: every route passes the permission guard (public routes need no sign-in).
  providers: [{ provide: APP_GUARD, useClass: PermissionGuard }],
})
export class AppModule {}
