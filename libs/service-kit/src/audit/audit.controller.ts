import { Controller, Inject, type Type } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { MikroORM } from '@mikro-orm/core';
import { AUDIT_SUBJECTS, ListAuditSchema, type ServiceName } from '@ascc/contracts';
import { assertAllowed, requestContext } from '../auth/request-context';
import { validate } from '../errors/validate';
import { findAudit } from './audit-log';

/** Answers `<service>.audit.list`: administrators search the service's audit log. */
export function auditController(service: ServiceName): Type<unknown> {
  @Controller()
  class AuditController {
    constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

    @MessagePattern(AUDIT_SUBJECTS[service])
    search(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
      assertAllowed('audit.read', requestContext(nats));
      return findAudit(this.orm.em.fork(), validate(ListAuditSchema, payload));
    }
  }
  return AuditController;
}
