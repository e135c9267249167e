import { countryLabel, districtLabel } from '@ascc/catalog';
import type { PublicCulturalEvent } from '@ascc/contracts';
import { Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { formatDateRange, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { PublicLayout } from '../../../shared/public-layout';
import { publicCalendarUrl } from '../api/cultural-events.api';
import { usePublicEvents } from '../hooks/use-cultural-events';
import { LocalError } from '../../../shared/fail-local';
import '../messages';

/**
 * The public ASEAN page (plan section VII.6), at /public/asean without a sign-in: upcoming confirmed
 * events and past highlights in Vietnamese or English, from the public feed, and the iCal feed.
 */
export default function PublicAseanPage() {
  const t = useT();
  const lang = useLang();
  const query = usePublicEvents();

  const card = (e: PublicCulturalEvent) => (
    <Col xs={24} md={12} lg={8} key={e.id}>
      <Card
        data-testid="public-event"
        title={<span style={{ whiteSpace: 'normal' }}>{lang === 'en' ? e.titleEn : e.titleVi}</span>}
        extra={<Tag>{t(`culture.type.${e.type}`)}</Tag>}
      >
        <Flex vertical gap={6}>
          <Typography.Text strong>{formatDateRange(e.startDate, e.endDate, lang)}</Typography.Text>
          <Typography.Text>
            {[e.venue, e.districtCode && districtLabel(e.districtCode, lang)].filter(Boolean).join(', ')}
          </Typography.Text>
          {e.description && <Typography.Paragraph type="secondary">{e.description}</Typography.Paragraph>}
          <Flex wrap gap={4}>
            {e.countryCodes.map((code) => (
              <Tag key={code} color={e.aseanCountryCodes.includes(code) ? 'blue' : undefined}>
                {countryLabel(code, lang)}
              </Tag>
            ))}
          </Flex>
          {e.troupes.length > 0 && (
            <Typography.Text type="secondary">
              {e.troupes.map((tr) => `${tr.name} (${countryLabel(tr.countryCode, lang)})`).join(' · ')}
            </Typography.Text>
          )}
          {e.audience != null && (
            <Typography.Text>
              {t('culture.pub.audience', { count: formatNumber(e.audience, lang) })}
            </Typography.Text>
          )}
        </Flex>
      </Card>
    </Col>
  );

  return (
    <PublicLayout brand="ASEAN · Thái Bình" signIn={t('culture.pub.signIn')}>
      <div>
        <Typography.Title level={1} data-testid="public-title">
          {t('culture.pub.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('culture.pub.subtitle')}</Typography.Paragraph>
        <a href={publicCalendarUrl(lang)} data-testid="public-ics">
          {t('culture.pub.ics')}
        </a>
      </div>
      {query.isPending && <Skeleton active />}
      {query.isError && <LocalError title={t('culture.pub.loadError')} error={query.error} />}
      {query.data && (
        <>
          <section>
            <Typography.Title level={2}>{t('culture.pub.upcoming')}</Typography.Title>
            {query.data.upcoming.length ? (
              <Row gutter={[16, 16]} data-testid="public-upcoming">
                {query.data.upcoming.map(card)}
              </Row>
            ) : (
              <Empty description={t('culture.pub.noUpcoming')} />
            )}
          </section>
          <section>
            <Typography.Title level={2}>{t('culture.pub.highlights')}</Typography.Title>
            <Row gutter={[16, 16]} data-testid="public-highlights">
              {query.data.highlights.map(card)}
            </Row>
          </section>
        </>
      )}
    </PublicLayout>
  );
}
