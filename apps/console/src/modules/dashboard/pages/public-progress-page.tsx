import { PLAN_AREAS, agencyLabel, planAreaLabel } from '@ascc/catalog';
import type { PublicIndicator } from '@ascc/contracts';
import { Card, Col, Empty, Flex, Progress, Row, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useLang, useT } from '../../../i18n/language';
import { PublicLayout } from '../../../shared/public-layout';
import { INDICATOR_STATUS_COLOR, formatIndicatorValue } from '../components/indicator-format';
import { usePublicProgress } from '../hooks/use-public-progress';
import { LocalError } from '../../../shared/fail-local';
import '../messages';

/** How far the latest value has come from the baseline towards the target, 0–100 (a higher-is-better count). */
function shareOfTarget(i: PublicIndicator): number | undefined {
  if (!i.latest || !i.target) return undefined;
  const from = i.baseline ?? 0;
  const span = i.target.value - from;
  if (span === 0) return undefined;
  const done = (Number(i.latest.value) - from) / span;
  return Math.round(Math.min(1, Math.max(0, done)) * 100);
}

/**
 * The public progress page (issue 20; plan sections IV.4 and VII.6), at /public/plan without a sign-in:
 * the plan's twelve areas, each with its indicators' published values by year against baseline and
 * target and their status — what the route publishes (accepted reports, closed years), nothing else.
 * Cards stack on a phone. Loaded as its own chunk: a visitor downloads none of the signed-in console.
 */
export default function PublicProgressPage() {
  const t = useT();
  const lang = useLang();
  const query = usePublicProgress();
  const value = (i: PublicIndicator, v: number | string) => formatIndicatorValue(v, i.unit, lang);

  const card = (i: PublicIndicator) => {
    const share = shareOfTarget(i);
    return (
      <Col xs={24} md={12} xl={8} key={i.code}>
        <Card
          size="small"
          data-testid={`public-indicator-${i.code}`}
          title={<span style={{ whiteSpace: 'normal' }}>{lang === 'en' ? i.nameEn : i.nameVi}</span>}
          extra={
            <Tag color={INDICATOR_STATUS_COLOR[i.status]} data-testid={`public-status-${i.code}`}>
              {t(`indicator.status.${i.status}`)}
            </Tag>
          }
        >
          <Flex vertical gap={4}>
            <Typography.Text strong data-testid={`public-latest-${i.code}`}>
              {i.latest
                ? t('progress.pub.latest', { value: value(i, i.latest.value), year: i.latest.year })
                : t('progress.pub.noValue')}
            </Typography.Text>
            {i.target && (
              <Typography.Text>
                {t('progress.pub.target', { value: value(i, i.target.value), year: i.target.year })}
              </Typography.Text>
            )}
            {!i.target &&
              i.targets.map((x) => (
                <Typography.Text key={x.year}>
                  {t('progress.pub.target', { value: value(i, x.value), year: x.year })}
                </Typography.Text>
              ))}
            {i.baseline !== null && i.baselineYear !== null && (
              <Typography.Text type="secondary">
                {t('progress.pub.baseline', { value: value(i, i.baseline), year: i.baselineYear })}
              </Typography.Text>
            )}
            {share !== undefined && i.direction === 'higher' && (
              <Progress percent={share} size="small" status="normal" aria-label={t('indicator.target')} />
            )}
            {i.values.length > 0 && (
              <Flex
                wrap
                gap={4}
                aria-label={t('progress.pub.byYear')}
                data-testid={`public-values-${i.code}`}
              >
                {i.values.map((v) => (
                  <Tag key={v.year}>
                    {v.year}: {value(i, v.value)}
                  </Tag>
                ))}
              </Flex>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i.code}
              {i.planRef && i.planRef !== i.code ? ` · ${i.planRef}` : ''} ·{' '}
              {t('progress.pub.lead', { agency: agencyLabel(i.leadAgencyCode, lang) })} ·{' '}
              {t(`indicator.method.${i.method}`)}
            </Typography.Text>
          </Flex>
        </Card>
      </Col>
    );
  };

  return (
    <PublicLayout brand={t('progress.pub.brand')} signIn={t('progress.pub.signIn')}>
      <div>
        <Typography.Title level={1} data-testid="public-progress-title" style={{ fontSize: 26 }}>
          {t('progress.pub.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('progress.pub.subtitle')}</Typography.Paragraph>
        {query.data && (
          <Typography.Paragraph type="secondary" data-testid="public-published-rule">
            {t('progress.pub.published', { year: query.data.publishedThrough })}
          </Typography.Paragraph>
        )}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('indicator.statusRule')}
        </Typography.Paragraph>
        <Link to="/public/asean">{t('progress.pub.events')}</Link>
      </div>
      {query.isPending && <Skeleton active />}
      {query.isError && <LocalError title={t('progress.pub.loadError')} error={query.error} />}
      {query.data &&
        PLAN_AREAS.map((area) => {
          const indicators = query.data.areas.find((a) => a.code === area.code)?.indicators ?? [];
          return (
            <section key={area.code} data-testid={`public-area-${area.code}`}>
              <Typography.Title level={2} style={{ fontSize: 20 }}>
                {area.code}. {planAreaLabel(area.code, lang)}
              </Typography.Title>
              {indicators.length ? (
                <Row gutter={[16, 16]}>{indicators.map(card)}</Row>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('progress.pub.noIndicators')} />
              )}
            </section>
          );
        })}
    </PublicLayout>
  );
}
