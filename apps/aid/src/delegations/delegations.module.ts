import { Module } from '@nestjs/common';
import { DelegationsHandler } from './delegations.handler';
import { DelegationsService } from './delegations.service';

@Module({ controllers: [DelegationsHandler], providers: [DelegationsService] })
export class DelegationsModule {}
