import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getEntry, journalKeys } from './journal-api.ts';

const pollMs = 2000;
const pollForMs = 60_000;

/** An entry with its analysis, asked again every 2 s while the analysis is pending (for about a minute). */
export function useEntry(id: string, { paused = false }: { paused?: boolean } = {}) {
  const [startedAt] = useState(() => Date.now());
  const [gaveUp, setGaveUp] = useState(false);
  const query = useQuery({
    queryKey: journalKeys.entry(id),
    queryFn: ({ signal }) => getEntry(id, signal),
    enabled: !paused,
    refetchInterval: (current) => (current.state.data?.analysis.status === 'pending' && Date.now() - startedAt < pollForMs ? pollMs : false),
  });
  const pending = query.data?.analysis.status === 'pending';
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setGaveUp(true), Math.max(0, startedAt + pollForMs - Date.now()));
    return () => window.clearTimeout(timer);
  }, [pending, startedAt]);
  return { query, gaveUp: pending && gaveUp };
}
