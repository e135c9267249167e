import { AuditPageSchema, ListAuditSchema, RecordHistorySchema } from '../common/audit.schema';
import { GetByIdSchema } from '../common/list.schema';
import { route } from '../common/route';
import { CULTURE_SUBJECTS } from './culture.subjects';
import {
  CreateCulturalEventSchema,
  CulturalEventPageSchema,
  CulturalEventSchema,
  ListCulturalEventsSchema,
} from './culture.schema';

export const CULTURE_ROUTES = {
  eventList: route({
    operationId: 'listCulturalEvents',
    method: 'GET',
    path: '/api/culture/events',
    subject: CULTURE_SUBJECTS.eventList,
    input: ListCulturalEventsSchema,
    output: CulturalEventPageSchema,
    status: 200,
    summary: 'List cultural events',
    permission: 'culture.event.read',
    tag: 'culture',
  }),
  eventGet: route({
    operationId: 'getCulturalEvent',
    method: 'GET',
    path: '/api/culture/events/:id',
    subject: CULTURE_SUBJECTS.eventGet,
    input: GetByIdSchema,
    output: CulturalEventSchema,
    status: 200,
    summary: 'Get one cultural event',
    permission: 'culture.event.read',
    tag: 'culture',
  }),
  eventCreate: route({
    operationId: 'createCulturalEvent',
    method: 'POST',
    path: '/api/culture/events',
    subject: CULTURE_SUBJECTS.eventCreate,
    input: CreateCulturalEventSchema,
    output: CulturalEventSchema,
    status: 201,
    summary: 'Create a cultural event',
    permission: 'culture.event.create',
    tag: 'culture',
  }),
  eventHistory: route({
    operationId: 'getCulturalEventHistory',
    method: 'GET',
    path: '/api/culture/events/:id/history',
    subject: CULTURE_SUBJECTS.eventHistory,
    input: RecordHistorySchema,
    output: AuditPageSchema,
    status: 200,
    summary: 'Who changed this record, when, and what changed',
    permission: 'culture.event.read',
    tag: 'culture',
  }),
  auditList: route({
    operationId: 'searchCultureAudit',
    method: 'GET',
    path: '/api/culture/audit',
    subject: CULTURE_SUBJECTS.auditList,
    input: ListAuditSchema,
    output: AuditPageSchema,
    status: 200,
    summary: 'Search the culture service audit log (administrators)',
    permission: 'audit.read',
    tag: 'culture',
  }),
};
