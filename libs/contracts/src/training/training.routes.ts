import { GetByIdSchema } from '../common/list.schema';
import { route } from '../common/route';
import { TRAINING_SUBJECTS } from './training.subjects';
import {
  CreateTrainingCourseSchema,
  ListTrainingCoursesSchema,
  TrainingCoursePageSchema,
  TrainingCourseSchema,
} from './training.schema';

export const TRAINING_ROUTES = {
  courseList: route({
    operationId: 'listTrainingCourses',
    method: 'GET',
    path: '/api/training/courses',
    subject: TRAINING_SUBJECTS.courseList,
    input: ListTrainingCoursesSchema,
    output: TrainingCoursePageSchema,
    status: 200,
    summary: 'List training courses (paginated, filtered and sorted in the database)',
    tag: 'training',
  }),
  courseGet: route({
    operationId: 'getTrainingCourse',
    method: 'GET',
    path: '/api/training/courses/:id',
    subject: TRAINING_SUBJECTS.courseGet,
    input: GetByIdSchema,
    output: TrainingCourseSchema,
    status: 200,
    summary: 'Get one training course',
    tag: 'training',
  }),
  courseCreate: route({
    operationId: 'createTrainingCourse',
    method: 'POST',
    path: '/api/training/courses',
    subject: TRAINING_SUBJECTS.courseCreate,
    input: CreateTrainingCourseSchema,
    output: TrainingCourseSchema,
    status: 201,
    summary: 'Create a training course',
    tag: 'training',
  }),
};
