import { type FileUpload, MAX_FILE_BYTES } from '@ascc/contracts';
import { message } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useLang, useT } from '../../i18n/language';
import type { MessageKey } from '../../i18n/translate';
import { translateIssue } from '../../i18n/validation';
import { errorText } from '../error-text';
import { readBase64 } from './read-file';

/** The words of one kind of attachment list: `<prefix>.tooLarge`, `.uploaded` and `.deleted`. */
type AttachmentWords = 'budget.att' | 'culture.att';

/**
 * What every attachment list does with a picked file and a delete: a file over the limit refused before
 * sending, the bytes sent as base64, a toast naming the file, and a refusal worded field by field (the
 * service checks the bytes again) in one error line; the hidden file input reset so the same file can be
 * picked again. `upload` and `remove` are the list's own mutations.
 */
export function useAttachmentActions({
  words,
  upload,
  remove,
}: {
  words: AttachmentWords;
  upload: (file: FileUpload) => Promise<unknown>;
  remove: (attachmentId: string) => Promise<unknown>;
}) {
  const t = useT();
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [toast, toastHolder] = message.useMessage();
  const say = (word: 'tooLarge' | 'uploaded' | 'deleted', name?: string) =>
    t(`${words}.${word}` as MessageKey, name === undefined ? undefined : { name });

  const send = async (file: File | undefined) => {
    setError(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(say('tooLarge'));
      return;
    }
    try {
      const base64 = await readBase64(file);
      await upload({ fileName: file.name, contentType: file.type || 'application/octet-stream', base64 });
      void toast.success(say('uploaded', file.name));
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.fields.length
          ? failure.fields.map((f) => translateIssue(f, lang)).join(' ')
          : errorText(failure, t),
      );
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const removeOne = async (attachmentId: string, fileName: string) => {
    setError(undefined);
    try {
      await remove(attachmentId);
      void toast.success(say('deleted', fileName));
    } catch (failure) {
      setError(errorText(failure, t));
    }
  };

  return { input, error, toastHolder, send, removeOne };
}
