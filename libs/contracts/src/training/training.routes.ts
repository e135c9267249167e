import { AuditPageSchema, ListAuditSchema, RecordHistorySchema } from '../common/audit.schema';
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
    permission: 'training.course.read',
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
    permission: 'training.course.read',
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
    permission: 'training.course.create',
    tag: 'training',
  }),
  courseHistory: route({
    operationId: 'getTrainingCourseHistory',
    method: 'GET',
    path: '/api/training/courses/:id/history',
    subject: TRAINING_SUBJECTS.courseHistory,
    input: RecordHistorySchema,
    output: AuditPageSchema,
    status: 200,
    summary: 'Who changed this record, when, and what changed',
    permission: 'training.course.read',
    tag: 'training',
  }),
  auditList: route({
    operationId: 'searchTrainingAudit',
    method: 'GET',
    path: '/api/training/audit',
    subject: TRAINING_SUBJECTS.auditList,
    input: ListAuditSchema,
    output: AuditPageSchema,
    status: 200,
    summary: 'Search the training service audit log (administrators)',
    permission: 'audit.read',
    tag: 'training',
  }),
};
