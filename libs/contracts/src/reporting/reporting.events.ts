import { recordChangedEvent } from '../common/live';

/**
 * Events of the reporting service (stream REPORTING), written to its outbox in the transaction of their
 * change: the audited changes of its own records (yearly reports, indicators, action plans) and the
 * notices that its read model and inbox applied another service's event (live updates, issue 21).
 */
export const REPORTING_EVENTS = {
  /** Any audited change of a record, or an applied event (live updates of the consoles; common/live.ts). */
  recordChanged: recordChangedEvent('reporting'),
};
