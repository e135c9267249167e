import { type ConsolePage, typeDate } from './console-page';

/** A training course as a user types it into the console's form (English labels). */
export interface CourseInput {
  code: string;
  titleVi: string;
  titleEn: string;
  /** The options' labels as the form shows them. */
  topic: string;
  level: string;
  venue?: string;
  startDate: string;
  endDate: string;
  sessions: { date: string; topic: string }[];
  trainees: string;
  cost: string;
}

/**
 * Fills the open "New course" form with `course` and saves it, then finds the course in the list by
 * `search` and opens its page; returns the page's path.
 */
export async function createCourse(ui: ConsolePage, course: CourseInput, search: string): Promise<string> {
  const { page } = ui;
  await ui.fill('Course code', course.code);
  await ui.fill('Title (Vietnamese)', course.titleVi);
  await ui.fill('Title (English)', course.titleEn);
  await ui.choose('Topic', course.topic);
  await ui.choose('Target level', course.level);
  if (course.venue) await ui.fill('Venue', course.venue);
  await ui.pickDate('Start date', course.startDate);
  await ui.pickDate('End date', course.endDate);
  for (const [i, session] of course.sessions.entries()) {
    await page.getByTestId('add-session').click();
    await typeDate(page.locator(`#training-course_sessions-${i}-date`), session.date);
    await page.locator(`#training-course_sessions-${i}-topic`).fill(session.topic);
  }
  await ui.fill('Trainees', course.trainees);
  await ui.fill('Estimated cost', course.cost);
  await ui.submitAndWaitForSave();

  await ui.search(search);
  await ui.row(course.code).getByTestId('course-page-link').click();
  await page.getByTestId('course-page').waitFor();
  return new URL(page.url()).pathname;
}
