import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** `occupants.1.name` reads "Occupant 2: name"; `temperature` reads "temperature". */
export function useMissingLabel(): (path: string) => string {
  const { t } = useTranslation('screening');
  return useCallback((path: string) => {
    const m = /^occupants\.(\d+)\.(.+)$/.exec(path);
    if (m) return `${t('vehicle.occupantN', { n: Number(m[1]) + 1 })}: ${t(`missing.${m[2]}`)}`;
    return t(`missing.${path}`);
  }, [t]);
}
