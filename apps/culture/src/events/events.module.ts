import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service';
import { CultureDemoData } from './demo-data';
import { EventAttachmentsService } from './event-attachments.service';
import { EventCommandsService } from './event-commands.service';
import { EventQueriesService } from './event-queries.service';
import { EventWorkflowService } from './event-workflow.service';
import { RegistrationsService } from './registrations.service';
import { ReportsService } from './reports.service';

@Module({
  // Each answers its own routes (`@Handles`): there is no forwarding handler in between.
  controllers: [
    EventCommandsService,
    EventWorkflowService,
    EventQueriesService,
    EventAttachmentsService,
    RegistrationsService,
    CalendarService,
    ReportsService,
  ],
  providers: [CultureDemoData],
})
export class EventsModule {}
