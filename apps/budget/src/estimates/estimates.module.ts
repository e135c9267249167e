import { Module } from '@nestjs/common';
import { ActivityLinks } from './activity-links';
import { EstimatesService } from './estimates.service';
import { LineAttachmentsService } from './line-attachments.service';

@Module({
  controllers: [EstimatesService, LineAttachmentsService],
  providers: [ActivityLinks],
})
export class EstimatesModule {}
