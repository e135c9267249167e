/**
 * NATS subjects of the aid service (Foreign Affairs: NGOs, aid projects, delegations). Renaming a
 * subject breaks running peers: deploy the service and the gateway together.
 */
export const AID_SUBJECTS = {
  health: 'aid.health.get',
  ngoCreate: 'aid.ngo.create',
  ngoList: 'aid.ngo.list',
  ngoGet: 'aid.ngo.get',
  ngoHistory: 'aid.ngo.history',
  auditList: 'aid.audit.list',
} as const;
