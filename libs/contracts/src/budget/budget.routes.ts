import { AuditPageSchema, ListAuditSchema, RecordHistorySchema } from '../common/audit.schema';
import { GetByIdSchema } from '../common/list.schema';
import { route } from '../common/route';
import { BUDGET_SUBJECTS } from './budget.subjects';
import {
  BudgetEstimatePageSchema,
  BudgetEstimateSchema,
  CreateBudgetEstimateSchema,
  ListBudgetEstimatesSchema,
} from './budget.schema';

export const BUDGET_ROUTES = {
  estimateList: route({
    operationId: 'listBudgetEstimates',
    method: 'GET',
    path: '/api/budget/estimates',
    subject: BUDGET_SUBJECTS.estimateList,
    input: ListBudgetEstimatesSchema,
    output: BudgetEstimatePageSchema,
    status: 200,
    summary: 'List budget estimates',
    permission: 'budget.estimate.read',
    tag: 'budget',
  }),
  estimateGet: route({
    operationId: 'getBudgetEstimate',
    method: 'GET',
    path: '/api/budget/estimates/:id',
    subject: BUDGET_SUBJECTS.estimateGet,
    input: GetByIdSchema,
    output: BudgetEstimateSchema,
    status: 200,
    summary: 'Get one budget estimate',
    permission: 'budget.estimate.read',
    tag: 'budget',
  }),
  estimateCreate: route({
    operationId: 'createBudgetEstimate',
    method: 'POST',
    path: '/api/budget/estimates',
    subject: BUDGET_SUBJECTS.estimateCreate,
    input: CreateBudgetEstimateSchema,
    output: BudgetEstimateSchema,
    status: 201,
    summary: 'Draft a budget estimate (one per agency and fiscal year)',
    permission: 'budget.estimate.create',
    tag: 'budget',
  }),
  estimateHistory: route({
    operationId: 'getBudgetEstimateHistory',
    method: 'GET',
    path: '/api/budget/estimates/:id/history',
    subject: BUDGET_SUBJECTS.estimateHistory,
    input: RecordHistorySchema,
    output: AuditPageSchema,
    status: 200,
    summary: 'Who changed this record, when, and what changed',
    permission: 'budget.estimate.read',
    tag: 'budget',
  }),
  auditList: route({
    operationId: 'searchBudgetAudit',
    method: 'GET',
    path: '/api/budget/audit',
    subject: BUDGET_SUBJECTS.auditList,
    input: ListAuditSchema,
    output: AuditPageSchema,
    status: 200,
    summary: 'Search the budget service audit log (administrators)',
    permission: 'audit.read',
    tag: 'budget',
  }),
};
