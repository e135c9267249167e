import type { Locator, Page } from 'playwright-core';

/**
 * How the journey works the console: by the labels and test ids a user or the console promises. antd's
 * class names appear only where antd offers nothing else: the open select's option list and the
 * message area under a form field.
 */
export class ConsolePage {
  constructor(readonly page: Page) {}

  /** The open create drawer. */
  get drawer(): Locator {
    return this.page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.drawer.getByLabel(label, { exact: true });
  }

  async waitForText(locator: Locator, text: string): Promise<void> {
    await locator.filter({ hasText: text }).first().waitFor();
  }

  async openSection(navTestId: string, heading: string): Promise<void> {
    await this.page.getByTestId(navTestId).click();
    await this.page.getByRole('heading', { level: 2, name: heading }).waitFor();
    await this.page.getByTestId('list-table').waitFor();
  }

  async openCreateForm(title: string): Promise<void> {
    await this.page.getByTestId('create-button').click();
    await this.drawer.getByText(title, { exact: true }).first().waitFor();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** Types into the select's search box, then clicks the option with exactly that label. */
  async choose(label: string, option: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(option);
    await this.page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .locator(`.ant-select-item-option[title="${option}"]`)
      .click();
  }

  /** A multi-select stays open after a choice; Escape closes it like a user would. */
  async chooseMany(label: string, options: string[]): Promise<void> {
    for (const option of options) await this.choose(label, option);
    await this.field(label).press('Escape');
  }

  async pickDate(label: string, typed: string): Promise<void> {
    const input = this.field(label);
    await input.click();
    await input.fill(typed);
    await input.press('Enter');
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('form-submit').click();
  }

  /** The drawer closes only after the server answered 201 and the list was refreshed. */
  async submitAndWaitForSave(): Promise<void> {
    await this.submit();
    await this.page.getByTestId('form-submit').waitFor({ state: 'detached' });
  }

  /** The message antd shows under a form field (its help), found from the field's label. */
  fieldMessage(label: string): Locator {
    return this.drawer
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByTestId('list-search');
    await box.fill(text);
    await box.press('Enter');
  }

  row(text: string): Locator {
    return this.page.getByTestId('list-table').locator('tbody tr', { hasText: text });
  }
}
