import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/contract.ts';

/** The last failed call as a sentence the staff member can read, in their language. */
export function useApiError(): [string | null, (err: unknown) => void, () => void] {
  const { t } = useTranslation('common');
  const [message, setMessage] = useState<string | null>(null);
  const show = useCallback((err: unknown) => {
    const e = err instanceof ApiError ? err : new ApiError('internal', String(err));
    const detail = e.issues.length ? e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : e.message;
    setMessage(t(`error.${e.code}`, { message: detail }));
  }, [t]);
  return [message, show, useCallback(() => setMessage(null), [])];
}
