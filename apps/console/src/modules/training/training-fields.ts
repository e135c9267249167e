import type { Lang } from '@ascc/catalog';
import type { Translate } from '../../i18n/translate';
import { type RecordField, recordValue } from '../../shared/record/record-values';
import './messages';

/** A trainee as the roster's history names them: `Nguyễn Thị Lan (T-0012)`. */
const person = (item: Record<string, unknown>) =>
  item.staffCode ? `${String(item.fullName ?? '')} (${String(item.staffCode)})` : String(item.fullName ?? '');

/** The person's name and staff code lead each roster item; the item's own fields skip them. */
const PERSON_FIELDS: RecordField[] = [
  { name: 'fullName', label: '', format: () => '' },
  { name: 'staffCode', label: '', format: () => '' },
];

/**
 * Every field of a training course — its form's labels and the lists' formats — and what its history
 * records about the roster (enrolments, attendance, scores, results): the one list the details, the
 * history and the audit log read.
 */
export function trainingCourseFields(t: Translate, lang: Lang): RecordField[] {
  const session = (value: unknown) => t('training.session.n', { n: String(value) });
  return [
    { name: 'code', label: t('field.code') },
    { name: 'titleVi', label: t('field.titleVi') },
    { name: 'titleEn', label: t('field.titleEn') },
    { name: 'topic', label: t('field.topic'), format: recordValue.option(t, 'training.topic') },
    {
      name: 'language',
      label: t('training.field.language'),
      format: recordValue.option(t, 'training.language'),
    },
    {
      name: 'targetLevel',
      label: t('field.targetLevel'),
      format: recordValue.option(t, 'training.targetLevel'),
    },
    {
      name: 'targetGroup',
      label: t('training.field.targetGroup'),
      format: recordValue.option(t, 'training.group'),
    },
    { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
    { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
    { name: 'venue', label: t('field.venue') },
    { name: 'districtCode', label: t('field.districtCode'), format: recordValue.district(lang) },
    { name: 'startDate', label: t('field.startDate'), format: recordValue.date(lang) },
    { name: 'endDate', label: t('field.endDate'), format: recordValue.date(lang) },
    {
      name: 'sessions',
      label: t('training.field.sessions'),
      format: recordValue.items(t, lang, [
        { name: 'date', label: t('training.session.day'), format: recordValue.date(lang) },
        { name: 'topic', label: t('training.session.subject') },
      ]),
    },
    { name: 'capacity', label: t('field.capacity'), format: recordValue.count(lang) },
    { name: 'trainers', label: t('training.trainers'), format: recordValue.list(t) },
    { name: 'costEstimate', label: t('field.costEstimate'), format: recordValue.money(lang) },
    {
      name: 'minAttendancePercent',
      label: t('training.field.minAttendancePercent'),
      format: recordValue.percent(lang),
    },
    { name: 'passScore', label: t('training.field.passScore'), format: recordValue.score(lang) },
    { name: 'status', label: t('field.status'), format: recordValue.option(t, 'training.status') },
    { name: 'cancelReason', label: t('training.cancelReason') },
    { name: 'enrolledCount', label: t('training.enrolledCount'), format: recordValue.count(lang) },
    { name: 'waitlistCount', label: t('training.waitlistCount'), format: recordValue.count(lang) },
    {
      name: 'enrolments',
      label: t('training.roster'),
      format: recordValue.items(
        t,
        lang,
        [
          ...PERSON_FIELDS,
          { name: 'status', label: t('field.status'), format: recordValue.option(t, 'training.enrolment') },
        ],
        person,
      ),
    },
    {
      name: 'attendance',
      label: t('training.tab.attendance'),
      format: recordValue.items(
        t,
        lang,
        [
          ...PERSON_FIELDS,
          { name: 'session', label: t('training.session.day'), format: session },
          { name: 'date', label: t('training.session.day'), format: recordValue.date(lang) },
          {
            name: 'mark',
            label: t('training.tab.attendance'),
            format: recordValue.option(t, 'training.mark'),
          },
        ],
        person,
      ),
    },
    {
      name: 'scores',
      label: t('training.scores'),
      format: recordValue.items(
        t,
        lang,
        [...PERSON_FIELDS, { name: 'score', label: t('training.score'), format: recordValue.score(lang) }],
        person,
      ),
    },
    {
      name: 'results',
      label: t('training.tab.results'),
      format: recordValue.items(
        t,
        lang,
        [
          { name: 'result', label: t('training.result'), format: recordValue.option(t, 'training.result') },
          { name: 'certificateNo', label: t('training.certificateNo') },
          ...PERSON_FIELDS,
        ],
        person,
      ),
    },
    { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
    { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
  ];
}

/** A trainee of the registry. */
export function traineeFields(t: Translate, lang: Lang): RecordField[] {
  return [
    { name: 'staffCode', label: t('training.field.staffCode') },
    { name: 'fullName', label: t('training.field.fullName') },
    { name: 'dateOfBirth', label: t('training.field.dateOfBirth'), format: recordValue.date(lang) },
    { name: 'gender', label: t('training.field.gender'), format: recordValue.option(t, 'training.gender') },
    { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
    { name: 'districtCode', label: t('field.districtCode'), format: recordValue.district(lang) },
    { name: 'commune', label: t('training.field.commune') },
    {
      name: 'level',
      label: t('field.targetLevel'),
      format: recordValue.option(t, 'training.targetLevel'),
    },
    {
      name: 'group',
      label: t('training.field.targetGroup'),
      format: recordValue.option(t, 'training.group'),
    },
    { name: 'position', label: t('training.field.position') },
    { name: 'email', label: t('training.field.email') },
    { name: 'phone', label: t('training.field.phone') },
    { name: 'importFile', label: t('training.field.importFile') },
    { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
    { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
  ];
}
