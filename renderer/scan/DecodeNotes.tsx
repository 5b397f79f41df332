import { useTranslation } from 'react-i18next';
import type { DecodeResult } from '../../shared/decode/index.ts';

/** A decoded value's kind, errors and warnings, in words; health codes always say "not verified". */
export function DecodeNotes({ result }: { result: DecodeResult }) {
  const { t } = useTranslation('scan');
  return (
    <p className={`decode-notes ${result.valid ? 'ok' : 'error'}`} data-testid="decode-notes" data-kind={result.kind} data-valid={result.valid}>
      <strong>{t(`kind.${result.kind}`)}</strong>
      {' · '}{t(result.valid ? 'valid' : 'invalid')}
      {[...result.errors, ...result.warnings].map((code) => (
        <span key={code} className="decode-code"> · {t(`code.${code}`, { defaultValue: code })}</span>
      ))}
    </p>
  );
}
