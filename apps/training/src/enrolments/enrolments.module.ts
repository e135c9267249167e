import { Module } from '@nestjs/common';
import { EnrolmentsService } from './enrolments.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [EnrolmentsService] })
export class EnrolmentsModule {}
