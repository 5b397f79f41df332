import { useTranslation } from 'react-i18next';
import { VIRTUAL_READER_DETAIL } from '../../shared/api/idcard.ts';
import { useStation } from '../app/station-context.tsx';

/** Training only: on a station set to the virtual reader, lays a made-up card on it. Nothing otherwise. */
export function TrainingCardButton() {
  const { t } = useTranslation('idcard');
  const { client, status } = useStation();
  if (status?.devices.find((d) => d.device === 'idcard')?.detail !== VIRTUAL_READER_DETAIL) return null;
  return (
    <button type="button" className="small" data-testid="training-card" onClick={() => void client.call('presentTrainingCard', {}).catch(() => {})}>
      {t('trainingCard')}
    </button>
  );
}
