import { Module } from '@nestjs/common';
import { CulturalEventLinks } from './cultural-event-links';
import { DelegationsHandler } from './delegations.handler';
import { DelegationsService } from './delegations.service';

@Module({ controllers: [DelegationsHandler], providers: [DelegationsService, CulturalEventLinks] })
export class DelegationsModule {}
