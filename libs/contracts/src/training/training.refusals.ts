import { defineRefusals } from '../common/common.refusals';

/** The training service's refusals: courses, their rosters and the trainee registry. */
export const TRAINING_REFUSALS = defineRefusals({
  alreadyEnrolled: { code: 'CONFLICT', params: ['name', 'staffCode', 'enrolmentStatus'] },
  alreadyWithdrawn: { code: 'CONFLICT', params: ['name', 'staffCode'] },
  noCertificate: { code: 'CONFLICT', params: ['name', 'staffCode'] },
  rosterClosed: { code: 'CONFLICT', params: ['code', 'courseStatus'] },
  courseNotEditable: { code: 'CONFLICT', params: ['code', 'courseStatus'] },
  courseTransition: { code: 'CONFLICT', params: ['code', 'courseStatus', 'courseStatusTo'] },
  courseCodeTaken: { code: 'CONFLICT', params: ['code'] },
  staffCodeTaken: { code: 'CONFLICT', params: ['staffCode', 'name'] },
  /** One trainee picked twice in one enrolment. */
  traineeListedTwice: { code: 'VALIDATION_FAILED', params: [] },
  /** A trainee id no longer in the registry (deleted meanwhile). */
  traineeNotFound: { code: 'VALIDATION_FAILED', params: [] },
  /** Attendance or a score for an enrolment not (or no longer) enrolled on the course. */
  notEnrolled: { code: 'VALIDATION_FAILED', params: [] },
  /** Attendance for a session the course does not have. */
  noSuchSession: { code: 'VALIDATION_FAILED', params: ['sessions'] },
  /** A capacity below the trainees already enrolled. */
  capacityBelowEnrolled: { code: 'VALIDATION_FAILED', params: ['count'] },
  /**
   * An XLSX import file refused from its zip directory, before a byte is inflated: more entries than a
   * workbook has, parts that would inflate past the limit, or a part compressed suspiciously well.
   */
  importArchiveEntries: { code: 'VALIDATION_FAILED', params: ['maxEntries'] },
  importArchiveTooLarge: { code: 'VALIDATION_FAILED', params: ['maxMegabytes'] },
  importArchiveRatio: { code: 'VALIDATION_FAILED', params: ['maxRatio'] },
  /** An import sheet with a cell past the last column an import reads (each such row costs the reader its width). */
  importSheetTooWide: { code: 'VALIDATION_FAILED', params: ['maxColumns'] },
});
