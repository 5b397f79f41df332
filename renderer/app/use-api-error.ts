import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api/contract.ts';

/**
 * A failed call as a sentence in the staff member's language: the station's reason with its
 * parameters, else the category. The error's English `message` is never shown: it is for logs.
 */
export function errorText(t: TFunction, err: unknown): string {
  const e = err instanceof ApiError ? err : new ApiError('internal', String(err), [], 'internal');
  return e.reason ? t(`common:error.reason.${e.reason}`, e.params) : t(`common:error.${e.code}`);
}

/** The last failed call as a sentence the staff member can read, in their language. */
export function useApiError(): [string | null, (err: unknown) => void, () => void] {
  const { t } = useTranslation('common');
  const [message, setMessage] = useState<string | null>(null);
  const show = useCallback((err: unknown) => setMessage(errorText(t, err)), [t]);
  return [message, show, useCallback(() => setMessage(null), [])];
}
