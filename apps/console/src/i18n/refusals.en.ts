import type { refusalsVi } from './refusals.vi';

/** The sentence of every refusal rule in English (the same keys as the Vietnamese). */
export const refusalsEn: Record<keyof typeof refusalsVi, string> = {
  'refusal.staleVersion': 'Someone else saved version {currentVersion}; reload and edit again',
  'refusal.recordChanged': 'Someone else changed this record; reload and edit again',
  'refusal.recordExists': 'A record with the same unique values already exists',
  'refusal.bodyTooLarge':
    'What was sent is larger than {maxKilobytes} KB, the most this request takes; an attachment or import file can be at most 5 MB',
  'refusal.ownAgencyOnly': "Your role reaches only {agencyCode}'s records",
  'refusal.overrideNotPermitted':
    'Only an editor or an administrator may override a date rule; ask one to record it with the reason',
  'refusal.attachmentsFull':
    'The record already has {max} attachments, the most it keeps; remove one before uploading another',
  'refusal.usernameTaken': 'The username "{username}" is already used by another account',
  'refusal.userChanged': 'Someone else changed the account {username}; reload and edit again',
  'refusal.badCredentials': 'Wrong username or password.',
  'refusal.accountLocked': 'Too many failed sign-ins. Please try again after {time}.',
  'refusal.tooManyAttempts':
    'Too many sign-in attempts from this address. Please wait a while and try again.',
  'refusal.passwordChangeRequired': 'Please change your temporary password before continuing',
  'refusal.secondFactorAlreadyEnabled':
    'Two-step verification is already on; to move to another phone, ask an administrator to reset it',
  'refusal.secondFactorNotSetUp': 'Two-step verification is not set up yet; start the set-up first',
  'refusal.secondFactorCodeRejected':
    'The code is wrong or was already used; wait for the next code of the app and try again',
  'refusal.alreadyEnrolled': '{name} ({staffCode}) is already on this course (status: {enrolmentStatus})',
  'refusal.alreadyWithdrawn': '{name} ({staffCode}) has already withdrawn from this course',
  'refusal.noCertificate':
    '{name} ({staffCode}) has no certificate: the course is not completed or they did not pass',
  'refusal.rosterClosed': 'Course {code} is "{courseStatus}": its roster can no longer change',
  'refusal.courseNotEditable': 'Course {code} is "{courseStatus}" and can no longer be edited',
  'refusal.courseTransition': 'Course {code} is "{courseStatus}" and cannot become "{courseStatusTo}"',
  'refusal.courseCodeTaken': 'The course code {code} is already used by another course',
  'refusal.staffCodeTaken': 'The staff code {staffCode} already belongs to {name}',
  'refusal.traineeListedTwice': 'This trainee is chosen twice; remove one of the two',
  'refusal.traineeNotFound':
    'This trainee is no longer in the registry (perhaps just deleted); reload and choose again',
  'refusal.notEnrolled':
    'This trainee is not on the course roster (waitlisted or withdrawn), so no attendance or score can be recorded',
  'refusal.noSuchSession': 'The course has only {sessions} sessions; this session is not in its schedule',
  'refusal.capacityBelowEnrolled':
    '{count} trainees are already enrolled; the capacity cannot be lower than that',
  'refusal.importArchiveEntries':
    'The XLSX file has more than {maxEntries} parts, which no ordinary workbook has; save it again in Excel and resend it',
  'refusal.importArchiveTooLarge':
    'The XLSX file unpacks to more than {maxMegabytes} MB; split the list into smaller files',
  'refusal.importSheetTooWide':
    'The sheet has cells beyond its first {maxColumns} columns; delete the extra columns on the right and resend it',
  'refusal.importArchiveRatio':
    'The XLSX file is compressed abnormally (more than {maxRatio} to 1), which no ordinary workbook is; save it again in Excel and resend it',
  'refusal.projectCodeTaken': 'The project code {code} is already used by another project',
  'refusal.transactionAlreadyReversed':
    'The transaction of {date} has already been corrected or voided; correct the entry that replaced it instead',
  'refusal.reversalNotReversible':
    'The reversing entry of {date} cannot be corrected or voided itself; record a new transaction if needed',
  'refusal.eventFinal': 'The event "{title}" is "{eventStatus}" and can no longer be changed',
  'refusal.eventTransition': 'The event "{title}" is "{eventStatus}" and cannot become "{eventStatusTo}"',
  'refusal.eventClosedToRegistrations':
    'The event "{title}" is "{eventStatus}" and takes no more registrations',
  'refusal.eventTakesNoRegistrations':
    'The event "{title}" was set up without registrations; edit the event to take them',
  'refusal.checkInNotRegistered':
    '{name} is "{registrationStatus}"; only registered participants can check in',
  'refusal.estimateExists': '{agencyCode} already has an estimate for {year}',
  'refusal.estimateNotEditable':
    '{agencyCode}\'s {year} estimate is "{estimateStatus}"; only drafts and returned estimates can be edited',
  'refusal.estimateActionRefused':
    '{agencyCode}\'s {year} estimate is "{estimateStatus}" and cannot be {estimateAction}',
  'refusal.idempotencyKeyReused':
    'This request was already used for another estimate; reload the page and try again',
  'refusal.fiscalYearLocked':
    'Fiscal year {year} is consolidated and locked; its estimates can no longer change',
  'refusal.yearConsolidated': 'Fiscal year {year} is already consolidated',
  'refusal.estimatesAwaitReview':
    '{count} estimate(s) of {year} still await review; the year cannot be consolidated yet',
  'refusal.consolidationNotLocked':
    'Fiscal year {year} is not consolidated and locked yet, so it cannot be submitted',
  'refusal.consolidationNotSubmitted':
    "The {year} consolidation has not been recorded as submitted to the People's Committee; record the submission before the decision",
  'refusal.activityNotFound':
    'Line {line} links a course or event that no longer exists; choose the activity again',
  'refusal.activityOfOtherAgency':
    'Line {line} links "{activity}", an activity of another agency; a line can only fund your own agency\'s activities',
  'refusal.reportExists': '{agencyCode} already has a {year} report for plan area {planArea}',
  'refusal.reportActionRefused': 'The report is "{reportStatus}" and cannot be {reportAction}',
  'refusal.reviewFrozen': '{reviewKind}: already frozen',
  'refusal.indicatorExists': 'An indicator with code {indicatorCode} already exists',
  'refusal.actionPlanExists': '{agencyCode} has already recorded its action plan: correct that one',
  'refusal.taskNotAssigned': 'Task {taskCode} is not assigned to {agencyCode}',

  'refusal.estimateAction.update': 'edited',
  'refusal.estimateAction.submit': 'submitted',
  'refusal.estimateAction.start-review': 'taken under review',
  'refusal.estimateAction.return': 'returned',
  'refusal.estimateAction.approve': 'approved',
  'refusal.estimateAction.reject': 'rejected',
  'refusal.reportAction.edit': 'edited',
  'refusal.reportAction.submit': 'submitted',
  'refusal.reportAction.accept': 'accepted',
  'refusal.reportAction.return': 'returned',
};
