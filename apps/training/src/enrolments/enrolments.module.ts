import { Module } from '@nestjs/common';
import { EnrolmentsHandler } from './enrolments.handler';
import { EnrolmentsService } from './enrolments.service';

@Module({ controllers: [EnrolmentsHandler], providers: [EnrolmentsService] })
export class EnrolmentsModule {}
