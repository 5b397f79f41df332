import { useEffect, useState } from 'react';
import { useStation } from '../../app/station-context.tsx';

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The day's records the station itself finds by `text`: it searches the full ID numbers and
 * phones that the list holds only masked, so typing a whole ID number still finds its person.
 * Only the answer for the text now in the box counts (a late answer for older text is ignored).
 */
export function useStationSearch(date: string | undefined, text: string): ReadonlySet<string> {
  const { client } = useStation();
  const needle = text.replace(/\s+/g, '').slice(0, 60);
  const [found, setFound] = useState<{ needle: string; ids: ReadonlySet<string> }>({ needle: '', ids: NOTHING });
  useEffect(() => {
    if (!date || needle.length < 4) return;
    let live = true;
    client.call('listEvents', { date, text: needle, limit: 500 })
      .then((page) => { if (live) setFound({ needle, ids: new Set(page.events.map((e) => e.id)) }); })
      .catch(() => undefined); // the list's own filter still applies
    return () => { live = false; };
  }, [client, date, needle]);
  return found.needle === needle ? found.ids : NOTHING;
}
