import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  StreamableFile,
} from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import type { FileDownload } from '@ascc/contracts';

/**
 * Turns a service's file answer (`FileDownloadSchema`: name, type, base64 bytes) into the HTTP body, so
 * browsers and calendar programs receive the file itself. Applied by `@ApiRoute` to every route whose
 * output is a file.
 */
@Injectable()
export class FileResponseInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<StreamableFile> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((file: FileDownload) => {
        const bytes = Buffer.from(file.base64, 'base64');
        res.setHeader('Cache-Control', 'no-store');
        return new StreamableFile(bytes, {
          type: file.contentType,
          length: bytes.length,
          disposition: contentDisposition(file.fileName),
        });
      }),
    );
  }
}

/** RFC 6266: an ASCII fallback name and the exact UTF-8 name (Vietnamese file names keep their marks). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
