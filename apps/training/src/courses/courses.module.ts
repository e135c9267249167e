import { Module } from '@nestjs/common';
import { CoursesHandler } from './courses.handler';
import { CoursesService } from './courses.service';

@Module({ controllers: [CoursesHandler], providers: [CoursesService] })
export class CoursesModule {}
