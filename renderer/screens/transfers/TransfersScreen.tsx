import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferView } from '../../../shared/api/transfer.ts';
import { useApiError } from '../../app/use-api-error.ts';
import { useLiveList } from '../../app/use-live-list.ts';
import { useStation } from '../../app/station-context.tsx';
import { InstitutionsEditor } from './InstitutionsEditor.tsx';
import { TransferCard } from './TransferCard.tsx';
import './transfers.css';

/**
 * 转运交接: every referral's hand-off, open until the person is handed over (or the transfer
 * is cancelled). Stays on this screen, and counted on the status bar, until then.
 */
export function TransfersScreen() {
  const { t } = useTranslation('transfers');
  const { client, staff } = useStation();
  const [transfers, setTransfers] = useState<TransferView[]>([]);
  const [institutions, setInstitutions] = useState<string[]>([]);
  const [error, showError, clearError] = useApiError();
  const load = useCallback(async () => {
    try {
      const [list, settings] = await Promise.all([client.call('listTransfers', {}), client.call('getTransferSettings', {})]);
      setTransfers(list);
      setInstitutions(settings.institutions);
    } catch (err) { showError(err); }
  }, [client, showError]);
  const run = useLiveList(load, showError, clearError);

  return (
    <section className="transfers-screen">
      <h1>{t('title')}</h1>
      <p className="hint">{t('hint')}</p>
      {error && <p role="alert" className="error">{error}</p>}
      {transfers.length === 0 ? <p data-testid="no-transfers">{t('none')}</p> : (
        <ul className="transfer-list" data-testid="transfer-list">
          {transfers.map((x) => (
            <TransferCard key={`${x.id}-${x.state}`} transfer={x} institutions={institutions}
              depart={(input) => run(() => client.call('departTransfer', { transferId: x.id, ...input }))}
              close={(input) => run(() => client.call('closeTransfer', { transferId: x.id, ...input }))} />
          ))}
        </ul>
      )}
      {staff?.role === 'supervisor' && <InstitutionsEditor institutions={institutions} onSaved={setInstitutions} />}
    </section>
  );
}
