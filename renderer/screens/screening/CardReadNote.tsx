import { useTranslation } from 'react-i18next';
import type { PersonScreening } from '../../../shared/domain/screening.ts';
import '../../idcard/idcard.css';

/** Under the form: the person's fields came from their ID card (kind of card, 住址). */
export function CardReadNote({ person }: { person: PersonScreening | undefined }) {
  const { t } = useTranslation('idcard');
  if (!person?.idCard) return null;
  return (
    <p className="card-read-note" role="status" data-testid="card-read-note">
      <strong>{t('note.fromCard', { card: t(`cardType.${person.idCard.cardType}`) })}</strong>
      {person.address && <span> · {t('note.address', { address: person.address })}</span>}
    </p>
  );
}
