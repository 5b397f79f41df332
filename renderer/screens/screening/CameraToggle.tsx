import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyCameraScanner } from '../../scan/LazyCameraScanner.tsx';
import type { OnScan } from '../../scan/use-decode.ts';

/**
 * The camera only runs while this is open: it stops (and frees the device) when closed, and it
 * closes by itself after a read, so it never covers the form it filled. The screen remounts it
 * (a new key) for the next person, which closes it after a confirm too.
 */
export function CameraToggle({ onScan }: { onScan: OnScan }) {
  const { t } = useTranslation('screening');
  const [open, setOpen] = useState(false);
  const read: OnScan = (scan) => { onScan(scan); setOpen(false); };
  return (
    <>
      <button type="button" className="small" aria-pressed={open} onClick={() => setOpen(!open)}>{t(open ? 'camera.hide' : 'camera.show')}</button>
      {open && (
        <div className="camera-panel" role="dialog" aria-label={t('camera.show')}>
          {/* The floating panel may cover the toggle on small screens: it carries its own close. */}
          <button type="button" className="camera-close" onClick={() => setOpen(false)}>{t('camera.hide')}</button>
          <LazyCameraScanner onScan={read} />
        </div>
      )}
    </>
  );
}
