import { AuditPageSchema, ListAuditSchema, RecordHistorySchema } from '../common/audit.schema';
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
    permission: 'aid.ngo.read',
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
    permission: 'aid.ngo.read',
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
    permission: 'aid.ngo.create',
    tag: 'aid',
  }),
  ngoHistory: route({
    operationId: 'getNgoHistory',
    method: 'GET',
    path: '/api/aid/ngos/:id/history',
    subject: AID_SUBJECTS.ngoHistory,
    input: RecordHistorySchema,
    output: AuditPageSchema,
    status: 200,
    summary: 'Who changed this record, when, and what changed',
    permission: 'aid.ngo.read',
    tag: 'aid',
  }),
  auditList: route({
    operationId: 'searchAidAudit',
    method: 'GET',
    path: '/api/aid/audit',
    subject: AID_SUBJECTS.auditList,
    input: ListAuditSchema,
    output: AuditPageSchema,
    status: 200,
    summary: 'Search the aid service audit log (administrators)',
    permission: 'audit.read',
    tag: 'aid',
  }),
};
