import { Module } from '@nestjs/common';
import { EstimateReturnedConsumer } from './estimate-returned.consumer';
import { NotificationsService } from './notifications.service';
import { ReminderJob } from './reminder-job';

/**
 * The inbox and its reminders (issue 21): event-driven notifications (a returned estimate, from the
 * budget's event; a returned yearly report, in the review's transaction) and date-driven ones (the
 * hourly job), read through the gateway by each user for themselves.
 */
@Module({
  controllers: [NotificationsService],
  providers: [ReminderJob, EstimateReturnedConsumer],
})
export class NotificationsModule {}
