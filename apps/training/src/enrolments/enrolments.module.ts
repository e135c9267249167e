import { Module } from '@nestjs/common';
import { CertificatesService } from './certificates.service';
import { EnrolmentCommandsService } from './enrolment-commands.service';
import { EnrolmentQueriesService } from './enrolment-queries.service';
import { RosterMarksService } from './roster-marks.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({
  controllers: [EnrolmentCommandsService, RosterMarksService, CertificatesService, EnrolmentQueriesService],
})
export class EnrolmentsModule {}
