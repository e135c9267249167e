import { Controller } from '@nestjs/common';
import { TRAINING_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

/** Home Affairs' training routes: courses, the trainee registry, enrolment, certificates, statistics. */
@Controller()
export class TrainingCoursesController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.courseList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseList, message, ctx);
  }

  @ApiRoute(R.courseGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseGet, message, ctx);
  }

  @ApiRoute(R.courseCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseCreate, message, ctx);
  }

  @ApiRoute(R.courseUpdate)
  update(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseUpdate, message, ctx);
  }

  @ApiRoute(R.courseChangeStatus)
  changeStatus(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseChangeStatus, message, ctx);
  }

  @ApiRoute(R.courseHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.courseHistory, message, ctx);
  }

  @ApiRoute(R.traineeList)
  listTrainees(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.traineeList, message, ctx);
  }

  @ApiRoute(R.traineeGet)
  getTrainee(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.traineeGet, message, ctx);
  }

  @ApiRoute(R.traineeUpdate)
  updateTrainee(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.traineeUpdate, message, ctx);
  }

  @ApiRoute(R.traineeHistory)
  traineeHistory(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.traineeHistory, message, ctx);
  }

  @ApiRoute(R.traineeCreate)
  createTrainee(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.traineeCreate, message, ctx);
  }

  @ApiRoute(R.traineeImport)
  importTrainees(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.traineeImport, message, ctx);
  }

  @ApiRoute(R.traineeImportTemplate)
  traineeImportTemplate(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.traineeImportTemplate, message, ctx);
  }

  @ApiRoute(R.enrolmentList)
  listEnrolments(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.enrolmentList, message, ctx);
  }

  @ApiRoute(R.enrolmentCreate)
  enrol(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.enrolmentCreate, message, ctx);
  }

  @ApiRoute(R.enrolmentWithdraw)
  withdraw(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.enrolmentWithdraw, message, ctx);
  }

  @ApiRoute(R.attendanceRecord)
  recordAttendance(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.attendanceRecord, message, ctx);
  }

  @ApiRoute(R.scoresRecord)
  recordScores(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.scoresRecord, message, ctx);
  }

  @ApiRoute(R.certificateGet)
  certificate(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.certificateGet, message, ctx);
  }

  @ApiRoute(R.statsGet)
  stats(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.statsGet, message, ctx);
  }

  @ApiRoute(R.statsExport)
  exportStats(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.statsExport, message, ctx);
  }

  @ApiRoute(R.auditList)
  audit(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.auditList, message, ctx);
  }
}
