import { Module } from '@nestjs/common';
import { ProjectsHandler } from './projects.handler';
import { ProjectsService } from './projects.service';
import { TransactionsService } from './transactions.service';

@Module({ controllers: [ProjectsHandler], providers: [ProjectsService, TransactionsService] })
export class ProjectsModule {}
