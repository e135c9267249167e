/**
 * NATS subjects of the aid service (Foreign Affairs: NGOs, aid projects, delegations). Renaming a
 * subject breaks running peers: deploy the service and the gateway together.
 */
export const AID_SUBJECTS = {
  health: 'aid.health.get',
  ngoCreate: 'aid.ngo.create',
  ngoUpdate: 'aid.ngo.update',
  ngoList: 'aid.ngo.list',
  ngoGet: 'aid.ngo.get',
  ngoHistory: 'aid.ngo.history',
  projectCreate: 'aid.project.create',
  projectUpdate: 'aid.project.update',
  projectList: 'aid.project.list',
  projectGet: 'aid.project.get',
  projectHistory: 'aid.project.history',
  transactionCreate: 'aid.transaction.create',
  transactionList: 'aid.transaction.list',
  transactionReverse: 'aid.transaction.reverse',
  delegationCreate: 'aid.delegation.create',
  delegationUpdate: 'aid.delegation.update',
  delegationList: 'aid.delegation.list',
  delegationGet: 'aid.delegation.get',
  delegationHistory: 'aid.delegation.history',
  reportAid: 'aid.report.aid',
  reportAidExport: 'aid.report.aid-export',
  reportDelegations: 'aid.report.delegations',
  reportDelegationsExport: 'aid.report.delegations-export',
  iatiExport: 'aid.report.iati-export',
  auditList: 'aid.audit.list',
  // The global search's question to this service (its kinds, LIMIT 5 each): asked by the gateway only.
  search: 'aid.search.find',
} as const;
