import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service';
import { CultureDemoData } from './demo-data';
import { EventsHandler } from './events.handler';
import { EventsService } from './events.service';
import { RegistrationsService } from './registrations.service';
import { ReportsService } from './reports.service';

@Module({
  controllers: [EventsHandler],
  providers: [EventsService, RegistrationsService, CalendarService, ReportsService, CultureDemoData],
})
export class EventsModule {}
