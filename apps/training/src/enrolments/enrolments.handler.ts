import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { TRAINING_SUBJECTS } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { EnrolmentsService } from './enrolments.service';

@Controller()
export class EnrolmentsHandler {
  constructor(private readonly service: EnrolmentsService) {}

  @MessagePattern(TRAINING_SUBJECTS.enrolmentList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.list(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.enrolmentCreate)
  enrol(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.enrol(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.enrolmentWithdraw)
  withdraw(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.withdraw(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.attendanceRecord)
  recordAttendance(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.recordAttendance(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.scoresRecord)
  recordScores(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.recordScores(payload, requestContext(nats));
  }

  @MessagePattern(TRAINING_SUBJECTS.certificateGet)
  certificate(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.service.certificate(payload, requestContext(nats));
  }
}
