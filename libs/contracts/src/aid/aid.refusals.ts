import { defineRefusals } from '../common/common.refusals';

/** The aid service's refusals: projects and their transactions. */
export const AID_REFUSALS = defineRefusals({
  projectCodeTaken: { code: 'CONFLICT', params: ['code'] },
  transactionAlreadyReversed: { code: 'CONFLICT', params: ['date'] },
  reversalNotReversible: { code: 'CONFLICT', params: ['date'] },
});
