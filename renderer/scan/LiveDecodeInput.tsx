import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cnIdCheckChar } from '../../shared/decode/index.ts';
import { DecodeNotes } from './DecodeNotes.tsx';
import { type OnScan, useDecode } from './use-decode.ts';

/**
 * Typing by hand, checked as it is typed: the decoder's verdict under the field, and once 17
 * digits of an ID number are in, the check character they call for. Enter hands the text
 * to `onScan` like any scanner would.
 */
export function LiveDecodeInput({ onScan, label }: { onScan: OnScan; label: string }) {
  const { t } = useTranslation('scan');
  const decode = useDecode();
  const [text, setText] = useState('');
  const trimmed = text.trim();
  const result = trimmed ? decode(trimmed) : null;
  const expectedCheck = /^\d{17}$/.test(trimmed) ? cnIdCheckChar(trimmed) : undefined;

  return (
    <div className="live-decode">
      <label>
        {label}
        <input
          name="manualEntry" value={text} autoComplete="off" spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && result) {
              e.preventDefault();
              onScan({ text: trimmed, result, source: 'typed' });
              setText('');
            }
          }}
        />
      </label>
      {expectedCheck && <p className="hint" data-testid="expected-check">{t('typed.expectedCheck', { char: expectedCheck })}</p>}
      {result && !expectedCheck && <DecodeNotes result={result} />}
    </div>
  );
}
