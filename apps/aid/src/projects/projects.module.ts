import { Module } from '@nestjs/common';
import { ProjectsService } from './projects.service';
import { TransactionsService } from './transactions.service';

// Answer their own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [ProjectsService, TransactionsService] })
export class ProjectsModule {}
