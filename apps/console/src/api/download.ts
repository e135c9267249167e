import type { z } from 'zod';
import { fetchRoute } from './http-send';
import type { CallOptions, HttpRoute } from './http-route';
import { withSession } from './session';

/** A file the server sent (export, certificate, XML), with the name it gave it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * Fetches a route that answers with a file (its output is `FileDownloadSchema`; the gateway sends the
 * bytes) with the same session handling as `callRoute`, and hands it to the browser as a download
 * named by the server. Resolves with the file, for callers that want it.
 */
export async function downloadRoute<I extends z.ZodType>(
  route: HttpRoute<I>,
  message: z.input<I>,
  options: CallOptions = {},
): Promise<DownloadedFile> {
  const file = await withSession(route, (token) => fetchFile(route, message, options, token));
  saveFile(file);
  return file;
}

async function fetchFile(
  route: HttpRoute,
  message: unknown,
  options: CallOptions,
  token: string | undefined,
): Promise<DownloadedFile> {
  const response = await fetchRoute(route, message, options, token, {});
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

/** The exact (UTF-8) file name of a Content-Disposition header, else its plain one. */
export function fileNameOf(disposition: string | null): string {
  const exact = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (exact) return decodeURIComponent(exact);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? 'download';
}

function saveFile({ blob, fileName }: DownloadedFile): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
