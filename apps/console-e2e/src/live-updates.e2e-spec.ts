import type { Stack } from '@ascc/testing';
import type { Page } from 'playwright-core';
import type { ConsolePage } from './support/console-page';
import { type Journey, demo, startJourney } from './support/journey';

/**
 * Live updates (issue 21.1), two users in two browser contexts on the same stack: Foreign Affairs'
 * editor registers and edits an NGO while an administrator watches the list and the record page — each
 * change shows on the other's screen within a second, without a reload; when the administrator is
 * editing the record as the editor saves, the form says who changed it and reloads it on demand.
 */
const stamp = Date.now().toString(36).toUpperCase();
const NGO_NAME = `Live Bridge Foundation ${stamp}`;
/** A change must be on the other screen within this long of the save that made it. */
const WITHIN_MS = 1000;

describe('Live updates between two consoles', () => {
  let journey: Journey;
  let stack: Stack;
  let editor: { page: Page; ui: ConsolePage };
  let admin: { page: Page; ui: ConsolePage };
  let ngoPath = '';

  beforeAll(async () => {
    journey = await startJourney({ lang: 'en' });
    stack = journey.stack;
    editor = { page: journey.page, ui: journey.ui };
    const other = await journey.openContext({ viewport: { width: 1366, height: 768 }, lang: 'en' });
    admin = { page: other.page, ui: other.ui };
  }, 90_000);
  afterEach(() => journey.closeOpenLayers());
  afterAll(() => journey?.stop());

  it('signs in the Foreign Affairs editor and an administrator, each in their own browser context', async () => {
    await editor.page.goto(stack.url);
    await editor.ui.signIn(demo('sngv.editor'));
    await admin.page.goto(stack.url);
    await admin.ui.signIn(demo('admin'));
    await admin.ui.openSection('nav-aid', 'Foreign NGOs');
    await editor.ui.openSection('nav-aid', 'Foreign NGOs');
  });

  it('shows the NGO the editor registers on the administrator’s list within a second', async () => {
    await admin.ui.search(stamp.toLowerCase());
    await admin.page.getByTestId('list-table').waitFor();
    await editor.ui.openCreateForm('Register NGO');
    await editor.ui.fill('Original name', NGO_NAME);
    await editor.ui.fill('Vietnamese name', `Quỹ Cầu Nối ${stamp}`);
    await editor.ui.choose('Country', 'Japan');
    await editor.ui.choose('Kind', 'International NGO');
    await editor.ui.submitAndWaitForSave();
    await admin.ui.row(NGO_NAME).waitFor({ timeout: WITHIN_MS });
  });

  it('shows the editor’s change on the administrator’s record page within a second', async () => {
    await editor.ui.search(stamp.toLowerCase());
    await editor.ui.row(NGO_NAME).getByRole('link').first().click();
    await editor.page.getByTestId('ngo-page').waitFor();
    ngoPath = new URL(editor.page.url()).pathname;
    await admin.page.goto(`${stack.url}${ngoPath}`);
    await admin.page.getByTestId('ngo-page').waitFor();

    await editor.page.getByTestId('edit-ngo').click();
    await editor.ui.fill('Vietnamese name', `Quỹ Cầu Nối Hữu Nghị ${stamp}`);
    await editor.ui.submitAndWaitForSave();
    await admin.page
      .getByTestId('ngo-page')
      .locator('.ant-descriptions')
      .getByText(`Quỹ Cầu Nối Hữu Nghị ${stamp}`)
      .waitFor({ timeout: WITHIN_MS });
  });

  it('warns the administrator editing the record that the editor just changed it, and reloads it', async () => {
    await admin.page.getByTestId('edit-ngo').click();
    await admin.ui.field('Vietnamese name').waitFor();
    await editor.page.getByTestId('edit-ngo').click();
    await editor.ui.fill('Vietnamese name', `Quỹ Cầu Nối Thái Bình ${stamp}`);
    await editor.ui.submitAndWaitForSave();

    const notice = admin.page.getByTestId('record-changed-notice');
    await notice.waitFor({ timeout: WITHIN_MS });
    expect(await notice.textContent()).toContain('This record was just changed by sngv.editor');
    // The form still holds what the administrator opened: nothing was changed under their hands.
    expect(await admin.ui.field('Vietnamese name').inputValue()).toBe(`Quỹ Cầu Nối Hữu Nghị ${stamp}`);
    await admin.page.getByTestId('record-changed-reload').click();
    await notice.waitFor({ state: 'detached' });
    // The form now holds the record as the editor left it.
    const nameVi = admin.ui.field('Vietnamese name');
    for (let i = 0; i < 50 && (await nameVi.inputValue()) !== `Quỹ Cầu Nối Thái Bình ${stamp}`; i++)
      await admin.page.waitForTimeout(100);
    expect(await nameVi.inputValue()).toBe(`Quỹ Cầu Nối Thái Bình ${stamp}`);
    // Saved from the reloaded version: no conflict.
    await admin.ui.fill('Acronym', 'LBF');
    await admin.ui.submitAndWaitForSave();
    await admin.page.getByTestId('ngo-page').getByText(`${NGO_NAME} (LBF)`).waitFor();
  });
});
