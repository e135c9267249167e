import { Module } from '@nestjs/common';
import { ActivityLinks } from './activity-links';
import { CancelledActivities } from './cancelled-activities.consumer';
import { DeadlinesService } from './deadlines.service';
import { EstimateCommandsService } from './estimate-commands.service';
import { EstimateQueriesService } from './estimate-queries.service';
import { EstimateWorkflowService } from './estimate-workflow.service';
import { LineAttachmentsService } from './line-attachments.service';

@Module({
  // Each answers its own routes (`@Handles`); the consumers and the activity lookups are providers.
  controllers: [
    EstimateCommandsService,
    EstimateWorkflowService,
    EstimateQueriesService,
    DeadlinesService,
    LineAttachmentsService,
  ],
  providers: [ActivityLinks, CancelledActivities],
})
export class EstimatesModule {}
