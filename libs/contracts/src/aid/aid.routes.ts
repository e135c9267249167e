import { GetByIdSchema } from '../common/list.schema';
import { route } from '../common/route';
import { AID_SUBJECTS } from './aid.subjects';
import { CreateNgoSchema, ListNgosSchema, NgoPageSchema, NgoSchema } from './aid.schema';

export const AID_ROUTES = {
  ngoList: route({
    operationId: 'listNgos',
    method: 'GET',
    path: '/api/aid/ngos',
    subject: AID_SUBJECTS.ngoList,
    input: ListNgosSchema,
    output: NgoPageSchema,
    status: 200,
    summary: 'List foreign NGOs',
    tag: 'aid',
  }),
  ngoGet: route({
    operationId: 'getNgo',
    method: 'GET',
    path: '/api/aid/ngos/:id',
    subject: AID_SUBJECTS.ngoGet,
    input: GetByIdSchema,
    output: NgoSchema,
    status: 200,
    summary: 'Get one foreign NGO',
    tag: 'aid',
  }),
  ngoCreate: route({
    operationId: 'createNgo',
    method: 'POST',
    path: '/api/aid/ngos',
    subject: AID_SUBJECTS.ngoCreate,
    input: CreateNgoSchema,
    output: NgoSchema,
    status: 201,
    summary: 'Register a foreign NGO',
    tag: 'aid',
  }),
};
