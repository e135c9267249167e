/**
 * NATS subjects of the culture service (Culture, Sports and Tourism). Renaming a subject breaks running
 * peers: deploy the service and the gateway together.
 */
export const CULTURE_SUBJECTS = {
  health: 'culture.health.get',
  eventCreate: 'culture.event.create',
  eventList: 'culture.event.list',
  eventGet: 'culture.event.get',
  eventHistory: 'culture.event.history',
  auditList: 'culture.audit.list',
} as const;
