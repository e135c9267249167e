import type { budgetVi } from './messages.vi';

export const budgetEn: Record<keyof typeof budgetVi, string> = {
  'budget.title': 'Budget estimates',
  'budget.create': 'New estimate',
  'budget.emptyHint': "Draft the first yearly budget estimate for the plan's tasks.",
  'budget.status.draft': 'Draft',
  'budget.status.submitted': 'Submitted',
  'budget.status.under-review': 'Under review',
  'budget.status.returned': 'Returned',
  'budget.status.approved': 'Approved',
  'budget.status.rejected': 'Rejected',
};
