import type { Locator, Page } from 'playwright-core';
import { unusedTotpCode } from '@ascc/testing';

export interface Credentials {
  username: string;
  password: string;
  /** Base32 TOTP secret, for a user with a second factor (the admin). */
  totpSecret?: string;
}

/** A day as a person types it: dd/mm/yyyy; an ISO day (`2025-03-20`) is rewritten so (20/03/2025). */
export function typedDate(day: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : day;
}

/** Types a day into a date picker and confirms it with Enter, as a user does. */
export async function typeDate(input: Locator, day: string): Promise<void> {
  await input.click();
  await input.fill(typedDate(day));
  await input.press('Enter');
}

/** Login fields by their label in either language: the journey switches to English on the way. */
const LOGIN_LABELS = {
  username: /^(Username|Tên đăng nhập)$/,
  password: /^(Password|Mật khẩu)$/,
  code: /^(Verification code|Mã xác thực)$/,
};

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

  /** Password, then the TOTP code when the user has a second factor; does not wait for the console. */
  async submitSignIn({ username, password, totpSecret }: Credentials): Promise<void> {
    await this.page.getByTestId('login-submit').waitFor();
    await this.page.getByLabel(LOGIN_LABELS.username).fill(username);
    await this.page.getByLabel(LOGIN_LABELS.password).fill(password);
    await this.page.getByTestId('login-submit').click();
    if (!totpSecret) return;
    const code = this.page.getByLabel(LOGIN_LABELS.code);
    await code.waitFor();
    // The server accepts each 30-second code once per user: a second sign-in waits for the next.
    await code.fill(await unusedTotpCode(username, totpSecret));
    await this.page.getByTestId('login-code-submit').click();
  }

  /** Signs in and waits until the console (or the forced password change) has replaced the login page. */
  async signIn(credentials: Credentials): Promise<void> {
    await this.submitSignIn(credentials);
    await this.page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await this.page.getByTestId('login-submit').waitFor({ state: 'detached' });
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByTestId('menu-sign-out').click();
    await this.page.waitForURL((url) => url.pathname === '/login');
    await this.page.getByTestId('login-submit').waitFor();
  }

  /** The console's section links in the menu, by key (`training`, `users`…). */
  async navKeys(): Promise<string[]> {
    await this.page.getByTestId('nav-dashboard').waitFor();
    const ids = await this.page
      .locator('[data-testid^="nav-"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace('nav-', ''));
  }

  /** Opens the record of the row holding `text` in its drawer. */
  async openRecord(text: string): Promise<void> {
    await this.row(text).getByTestId('open-record').click();
    await this.drawer.waitFor();
  }

  async waitForText(locator: Locator, text: string | RegExp): Promise<void> {
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

  /** Clicks the button `testId` and answers Yes in the confirmation it opens (English). */
  async confirm(testId: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByRole('button', { name: 'Yes' })
      .click();
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /**
   * Types into the select's search box, then clicks the option with exactly that label, and waits until
   * the field shows it. On a busy machine a click can land while the dropdown is still animating in and
   * be lost; the choice is then made again, as a user would.
   */
  async choose(label: string, option: string, multiple = false): Promise<void> {
    const input = this.field(label);
    // The field shows a choice as text inside its `.ant-select` (the dropdown itself lives elsewhere).
    const chosen = this.drawer
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-select', { hasText: option });
    const dropdown = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    for (let attempt = 1; ; attempt++) {
      if (!(await dropdown.first().isVisible())) await input.click();
      await input.fill(option);
      const item = dropdown.locator(`.ant-select-item-option[title="${option}"]`);
      await item.waitFor();
      await item.click();
      try {
        await chosen.first().waitFor({ timeout: 3000 });
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    // A single select closes once it took the choice; going on before can lose the next click.
    if (!multiple && (await dropdown.first().isVisible())) {
      await dropdown.waitFor({ state: 'hidden', timeout: 3000 }).catch(() => input.press('Escape'));
    }
  }

  /** A multi-select stays open after a choice; Escape closes it like a user would. */
  async chooseMany(label: string, options: string[]): Promise<void> {
    for (const option of options) await this.choose(label, option, true);
    await this.field(label).press('Escape');
  }

  /**
   * Types a day into a date field as a user does, dd/mm/yyyy in either language. A journey may name the
   * day in ISO (`2025-03-20`, as its records store it); it is typed as the field shows it (20/03/2025).
   */
  async pickDate(label: string, day: string): Promise<void> {
    await typeDate(this.field(label), day);
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('form-submit').click();
  }

  /** The drawer closes only after the server answered 201 and the list was refreshed. */
  async submitAndWaitForSave(): Promise<void> {
    await this.submit();
    try {
      await this.page.getByTestId('form-submit').waitFor({ state: 'detached' });
    } catch (error) {
      // Say why the form stayed open: the messages a user would read there.
      const shown = await this.drawer.locator('.ant-form-item-explain-error, .ant-alert').allTextContents();
      throw new Error(
        `${(error as Error).message}\nThe form still shows: ${shown.join(' | ') || '(no message)'}`,
      );
    }
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

  /** Shows a column the list hides by default, through its column chooser (the choice is kept for the user). */
  async showColumn(key: string): Promise<void> {
    await this.page.getByTestId('column-chooser-button').click();
    const toggle = this.page.getByTestId(`column-toggle-${key}`);
    await toggle.check();
    await this.page.getByTestId('column-chooser-button').click();
    await this.page.getByTestId('column-chooser').waitFor({ state: 'hidden' });
  }

  row(text: string): Locator {
    return this.page.getByTestId('list-table').locator('tbody tr', { hasText: text });
  }
}
