import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service';
import { CultureDemoData } from './demo-data';
import { EventsService } from './events.service';
import { RegistrationsService } from './registrations.service';
import { ReportsService } from './reports.service';

@Module({
  // Each answers its own routes (`@Handles`): there is no forwarding handler in between.
  controllers: [EventsService, RegistrationsService, CalendarService, ReportsService],
  providers: [CultureDemoData],
})
export class EventsModule {}
