import { Module } from '@nestjs/common';
import { CoursesService } from './courses.service';

// Answers its own routes (`@Handles`): there is no forwarding handler in between.
@Module({ controllers: [CoursesService] })
export class CoursesModule {}
