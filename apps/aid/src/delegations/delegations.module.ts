import { Module } from '@nestjs/common';
import { CulturalEventLinks } from './cultural-event-links';
import { DelegationsService } from './delegations.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [DelegationsService], providers: [CulturalEventLinks] })
export class DelegationsModule {}
