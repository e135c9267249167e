import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { AID_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { ReportsService } from './reports.service';

@Controller()
export class ReportsHandler {
  constructor(private readonly reports: ReportsService) {}

  @MessagePattern(AID_SUBJECTS.reportAid)
  aid(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.aid(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.reportAidExport)
  aidExport(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.aidExport(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.reportDelegations)
  delegations(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.delegations(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.reportDelegationsExport)
  delegationsExport(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.delegationsExport(payload, requestContext(nats));
  }

  @MessagePattern(AID_SUBJECTS.iatiExport)
  iati(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.iati(payload, requestContext(nats));
  }
}
