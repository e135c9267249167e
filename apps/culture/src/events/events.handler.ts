import { Controller } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { CULTURE_SUBJECTS as S } from '@ascc/contracts';
import { requestContext } from '@ascc/service-kit';
import { CalendarService } from './calendar.service';
import { EventsService } from './events.service';
import { RegistrationsService } from './registrations.service';
import { ReportsService } from './reports.service';

@Controller()
export class EventsHandler {
  constructor(
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
    private readonly calendars: CalendarService,
    private readonly reports: ReportsService,
  ) {}

  @MessagePattern(S.eventCreate)
  create(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.create(payload, requestContext(nats));
  }

  @MessagePattern(S.eventList)
  list(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.list(payload, requestContext(nats));
  }

  @MessagePattern(S.eventOptions)
  options(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.options(payload, requestContext(nats));
  }

  @MessagePattern(S.eventGet)
  get(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.get(payload, requestContext(nats));
  }

  @MessagePattern(S.eventUpdate)
  update(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.update(payload, requestContext(nats));
  }

  @MessagePattern(S.eventTransition)
  transition(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.transition(payload, requestContext(nats));
  }

  @MessagePattern(S.eventReport)
  report(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.report(payload, requestContext(nats));
  }

  @MessagePattern(S.eventHistory)
  history(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.history(payload, requestContext(nats));
  }

  @MessagePattern(S.attachmentUpload)
  upload(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.upload(payload, requestContext(nats));
  }

  @MessagePattern(S.attachmentDownload)
  download(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.download(payload, requestContext(nats));
  }

  @MessagePattern(S.attachmentDelete)
  removeAttachment(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.events.removeAttachment(payload, requestContext(nats));
  }

  @MessagePattern(S.registrationCreate)
  register(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.registrations.create(payload, requestContext(nats));
  }

  @MessagePattern(S.registrationUpdate)
  updateRegistration(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.registrations.update(payload, requestContext(nats));
  }

  @MessagePattern(S.registrationList)
  registrationList(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.registrations.list(payload, requestContext(nats));
  }

  @MessagePattern(S.registrationCheckIn)
  checkIn(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.registrations.checkIn(payload, requestContext(nats));
  }

  @MessagePattern(S.registrationCancel)
  cancelRegistration(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.registrations.cancel(payload, requestContext(nats));
  }

  @MessagePattern(S.registrationByCountry)
  byCountry(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.registrations.byCountry(payload, requestContext(nats));
  }

  @MessagePattern(S.calendarGet)
  calendar(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.calendars.calendar(payload, requestContext(nats));
  }

  @MessagePattern(S.reportGet)
  reportGet(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.report(payload, requestContext(nats));
  }

  @MessagePattern(S.reportExport)
  reportExport(@Payload() payload: unknown, @Ctx() nats: NatsContext) {
    return this.reports.export(payload, requestContext(nats));
  }

  /** Public: no caller (the gateway lets anyone through); the answer is the public shape only. */
  @MessagePattern(S.publicEvents)
  publicEvents(@Payload() payload: unknown) {
    return this.calendars.publicEvents(payload);
  }

  /** Public: the iCal feed. */
  @MessagePattern(S.publicCalendar)
  publicCalendar(@Payload() payload: unknown) {
    return this.calendars.publicCalendar(payload);
  }
}
