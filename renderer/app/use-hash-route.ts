import { useEffect, useState } from 'react';

/** The current screen id from `#/<id>`; plain hash routing works from file, app:// and http. */
export function useHashRoute(fallback: string): [string, (id: string) => void] {
  const read = () => /^#\/([\w-]+)/.exec(window.location.hash)?.[1] ?? fallback;
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  });
  return [route, (id) => { window.location.hash = `#/${id}`; }];
}
