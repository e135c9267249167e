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
    tag: 'culture',
  }),
};
