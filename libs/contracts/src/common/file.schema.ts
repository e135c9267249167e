import { z } from 'zod';
import { safeString } from './primitives.schema';
import { ruleParams } from './validation-rules';

/** The largest file a message carries (NATS max_payload is 8 MB; base64 adds a third). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * The largest JSON body the gateway reads on a route that carries no file (sign-in included): far above
 * any form, small enough that a flood of bodies cannot tie up the parser.
 */
export const MAX_JSON_BODY_BYTES = 100 * 1024;
/**
 * The largest body of a long form whose largest valid message is over `MAX_JSON_BODY_BYTES`: a budget
 * estimate of 200 lines, each with a 500-character description and 2,000 characters of notes (up to
 * 3 bytes a Vietnamese letter) or Finance's review of it, a comment on every line.
 */
export const MAX_LONG_FORM_BODY_BYTES = 2 * 1024 * 1024;
/** The largest body of an upload route: a 5 MB file in base64 with the rest of its message. */
export const MAX_UPLOAD_BODY_BYTES = 8 * 1024 * 1024;

const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Not base64' })
  .refine((value) => Math.floor((value.length * 3) / 4) <= MAX_FILE_BYTES, {
    message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    params: ruleParams('fileTooLarge', { maxMegabytes: MAX_FILE_BYTES / 1024 / 1024 }),
  });

/**
 * A file a service answers with (export, certificate, calendar feed, XML). The gateway sends it as the
 * HTTP response body with its content type and file name, not as JSON: see FileResponseInterceptor.
 */
export const FileDownloadSchema = z.object({
  fileName: z.string().min(1).max(200),
  contentType: z.string().min(1).max(120),
  base64,
});
export type FileDownload = z.infer<typeof FileDownloadSchema>;

/** A file sent by the console inside a JSON message (import, attachment). */
export const FileUploadSchema = z.object({
  fileName: safeString().trim().min(1).max(200),
  contentType: safeString().trim().min(1).max(120),
  base64,
});
export type FileUpload = z.infer<typeof FileUploadSchema>;
