import { Module } from '@nestjs/common';
import { EventsHandler } from './events.handler';
import { EventsService } from './events.service';

@Module({ controllers: [EventsHandler], providers: [EventsService] })
export class EventsModule {}
