import { type Dashboard, toDong } from '@ascc/contracts';
import type { Lang } from '@ascc/catalog';
import { formatNumber } from '../../../format/format';

/** Nothing recorded for the period: no one trained, no event, no aid committed, no budget asked, no delegation. */
export const isDashboardEmpty = (data: Dashboard) =>
  !data.training.trained &&
  !data.culture.events &&
  toDong(data.aid.committed) === 0n &&
  toDong(data.budget.requested) === 0n &&
  !data.delegations?.delegations;

/** A share (0 to 1) as a percentage to one decimal, in the console's language. */
export const shareText = (share: number, lang: Lang) =>
  `${formatNumber(Math.round(share * 1000) / 10, lang)} %`;
