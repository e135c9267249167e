import { Module } from '@nestjs/common';
import { ActivityLinks } from './activity-links';
import { EstimatesHandler } from './estimates.handler';
import { EstimatesService } from './estimates.service';
import { LineAttachmentsHandler } from './line-attachments.handler';
import { LineAttachmentsService } from './line-attachments.service';

@Module({
  controllers: [EstimatesHandler, LineAttachmentsHandler],
  providers: [EstimatesService, ActivityLinks, LineAttachmentsService],
})
export class EstimatesModule {}
