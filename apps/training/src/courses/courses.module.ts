import { Module } from '@nestjs/common';
import { CourseCommandsService } from './course-commands.service';
import { CourseQueriesService } from './course-queries.service';
import { CourseWorkflowService } from './course-workflow.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [CourseCommandsService, CourseWorkflowService, CourseQueriesService] })
export class CoursesModule {}
