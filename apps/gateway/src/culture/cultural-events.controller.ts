import { Controller } from '@nestjs/common';
import { CULTURE_ROUTES as R } from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

@Controller()
export class CulturalEventsController {
  constructor(private readonly bus: ServiceBus) {}

  @ApiRoute(R.eventList)
  list(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventList, message, ctx);
  }

  @ApiRoute(R.eventOptions)
  options(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventOptions, message, ctx);
  }

  @ApiRoute(R.eventGet)
  get(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventGet, message, ctx);
  }

  @ApiRoute(R.eventCreate)
  create(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventCreate, message, ctx);
  }

  @ApiRoute(R.eventUpdate)
  update(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventUpdate, message, ctx);
  }

  @ApiRoute(R.eventTransition)
  transition(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventTransition, message, ctx);
  }

  @ApiRoute(R.eventReport)
  report(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventReport, message, ctx);
  }

  @ApiRoute(R.eventHistory)
  history(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.eventHistory, message, ctx);
  }

  @ApiRoute(R.attachmentUpload)
  upload(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.attachmentUpload, message, ctx);
  }

  @ApiRoute(R.attachmentDownload)
  download(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.attachmentDownload, message, ctx);
  }

  @ApiRoute(R.attachmentDelete)
  removeAttachment(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.attachmentDelete, message, ctx);
  }

  @ApiRoute(R.registrationCreate)
  register(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.registrationCreate, message, ctx);
  }

  @ApiRoute(R.registrationUpdate)
  updateRegistration(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.registrationUpdate, message, ctx);
  }

  @ApiRoute(R.registrationList)
  registrations(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.registrationList, message, ctx);
  }

  @ApiRoute(R.registrationByCountry)
  participantsByCountry(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.registrationByCountry, message, ctx);
  }

  @ApiRoute(R.registrationCheckIn)
  checkIn(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.registrationCheckIn, message, ctx);
  }

  @ApiRoute(R.registrationCancel)
  cancelRegistration(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.registrationCancel, message, ctx);
  }

  @ApiRoute(R.calendar)
  calendar(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.calendar, message, ctx);
  }

  @ApiRoute(R.reportExport)
  reportExport(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.reportExport, message, ctx);
  }

  @ApiRoute(R.report)
  reportGet(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.report, message, ctx);
  }

  @ApiRoute(R.auditList)
  audit(@Message() message: unknown, @Ctx() ctx: CallContext) {
    return this.bus.request(R.auditList, message, ctx);
  }
}
