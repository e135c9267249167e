/** How the gateway sends e-mail, from its environment; undefined when SMTP_URL is not set (no e-mail). */
export interface MailSettings {
  smtpUrl: string;
  from: string;
  consoleUrl: string;
  /** The first wait after a failed send; each further failure doubles it (at most `MAX_RETRY_MS`). */
  retryMs: number;
}

/** Tries of one e-mail before it is marked failed. */
export const MAX_ATTEMPTS = 8;
export const MAX_RETRY_MS = 6 * 3_600_000;
/** How long a copy holds an e-mail it is sending; a copy that died meanwhile leaves it to another after. */
export const SENDING_LEASE_MS = 5 * 60_000;
/**
 * A notification older than this when the gateway reads its event is not e-mailed (the inbox has it):
 * turning e-mail on does not mail the stream's whole past.
 */
export const MAIL_MAX_AGE_MS = 3 * 86_400_000;

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | undefined {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return undefined;
  return {
    smtpUrl,
    from: env.MAIL_FROM?.trim() || 'ASCC <no-reply@localhost>',
    consoleUrl: env.CONSOLE_PUBLIC_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`,
    retryMs: Number(env.MAIL_RETRY_MS ?? 60_000),
  };
}

/** The SMTP server as it may be logged: scheme, host and port, never the user or password. */
export function smtpServerForLogs(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'smtp (unreadable URL)';
  }
}

/** An error's message fit for a log line or a row: the SMTP URL's credentials taken out, kept short. */
export function safeErrorMessage(error: unknown, smtpUrl: string): string {
  let message = (error as Error)?.message ?? String(error);
  try {
    const url = new URL(smtpUrl);
    for (const secret of [url.password, decodeURIComponent(url.password)].filter((s) => s.length > 0))
      message = message.split(secret).join('***');
  } catch {
    // Nothing to take out of an unreadable URL.
  }
  return message.slice(0, 500);
}
