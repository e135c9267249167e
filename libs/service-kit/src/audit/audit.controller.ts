import { Controller, Inject, type Type } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import {
  AUDIT_SUBJECTS,
  DEPARTMENT_ROUTES,
  ListAuditSchema,
  type RouteContract,
  type RouteInput,
  type ServiceName,
} from '@ascc/contracts';
import { Handles } from '../handlers/handles';
import { findAudit } from './audit-log';

/** Answers `<service>.audit.list` (its route's permission: administrators search the service's audit log). */
export function auditController(service: ServiceName): Type<unknown> {
  const route = DEPARTMENT_ROUTES.find((r) => r.subject === AUDIT_SUBJECTS[service]);
  if (route?.input !== ListAuditSchema) throw new Error(`No audit route for ${service}`);
  const audit = route as RouteContract<typeof ListAuditSchema>;

  @Controller()
  class AuditController {
    constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

    @Handles(audit)
    search(input: RouteInput<typeof audit>) {
      return findAudit(this.orm.em.fork(), input);
    }
  }
  return AuditController;
}
