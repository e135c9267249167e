import type { Dashboard } from '@ascc/contracts';
import { Row } from 'antd';
import { Link } from 'react-router-dom';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { type Period, recordsUrl } from '../records-link';
import { Cell } from './dashboard-cell';
import { shareText } from './dashboard-figures';
import { FigureCard } from './figure-card';
import '../messages';

/** The dashboard's headline figures: trained, events, aid, budget and (when counted) delegations. */
export function HeadlineFigures({ data, period }: { data: Dashboard; period: Period }) {
  const t = useT();
  const lang = useLang();
  // Every link carries the dashboard's period exactly: a year, a phase, or the whole plan.
  const courses = recordsUrl({ kind: 'course', ...period });
  const events = recordsUrl({ kind: 'event', ...period });
  const projects = recordsUrl({ kind: 'aid-project', ...period });
  const lines = recordsUrl({ kind: 'budget-line', ...period });
  const delegationsUrl = recordsUrl({ kind: 'delegation', ...period });
  const share = shareText(data.training.communeShare, lang);
  const delegations = data.delegations;
  const money = (amount: number | string) => formatMoney(amount, lang);
  const count = (n: number) => formatNumber(n, lang);
  return (
    <Row gutter={[16, 16]}>
      <Cell data={data} flex="1 1 260px">
        <FigureCard
          testId="figure-trained"
          title={t('reporting.trained')}
          value={count(data.training.trained)}
          to={courses}
        >
          {t('reporting.completed', { count: count(data.training.completed) })} ·{' '}
          <Link to={recordsUrl({ kind: 'course', ...period, level: 'commune' })} data-testid="figure-commune">
            {t('reporting.communeShare', { share })}
          </Link>
        </FigureCard>
      </Cell>
      <Cell data={data} flex="1 1 260px">
        <FigureCard
          testId="figure-events"
          title={t('reporting.events')}
          value={count(data.culture.events)}
          to={events}
        >
          {t('reporting.audience', { count: count(data.culture.audience) })} · {t('reporting.aseanCountries')}
          : {data.culture.aseanCountries.length}
        </FigureCard>
      </Cell>
      <Cell data={data} flex="1 1 260px">
        <FigureCard
          testId="figure-aid"
          title={t('reporting.committed')}
          value={money(data.aid.committed)}
          to={projects}
        >
          {t('reporting.disbursed', { amount: money(data.aid.disbursed) })}
        </FigureCard>
      </Cell>
      <Cell data={data} flex="1 1 260px">
        <FigureCard
          testId="figure-budget"
          title={t('reporting.approved')}
          value={money(data.budget.approved)}
          to={lines}
        >
          {t('reporting.requested')}: {money(data.budget.requested)}
        </FigureCard>
      </Cell>
      {delegations && (
        <Cell data={data} flex="1 1 260px">
          <FigureCard
            testId="figure-delegations"
            title={t('reporting.delegations')}
            value={count(delegations.delegations)}
            to={delegationsUrl}
          >
            <Link to={recordsUrl({ kind: 'delegation', ...period, type: 'inbound' })}>
              {t('reporting.inbound', { count: count(delegations.inbound) })}
            </Link>{' '}
            ·{' '}
            <Link to={recordsUrl({ kind: 'delegation', ...period, type: 'outbound' })}>
              {t('reporting.outbound', { count: count(delegations.outbound) })}
            </Link>{' '}
            · {t('reporting.members', { count: count(delegations.members) })}
          </FigureCard>
        </Cell>
      )}
    </Row>
  );
}
