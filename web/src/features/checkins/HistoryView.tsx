import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import type { Owner, Range } from './checkins-api.ts';
import { localMidnight } from './local-days.ts';
import { MoodHistory } from './MoodHistory.tsx';
import { WaterHistory } from './WaterHistory.tsx';

interface HistoryViewProps {
  owner: Owner;
  canEdit: boolean;
}

/** Every mood and water entry, newest first, with optional first and last days. */
export function HistoryView({ owner, canEdit }: HistoryViewProps) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const backwards = from !== '' && to !== '' && to < from;
  const range: Range = backwards ? {} : { from: from ? localMidnight(from) : undefined, to: to ? localMidnight(to, 1) : undefined };
  return (
    <div className="space-y-8">
      <div role="search" aria-label="Filter the history" className="flex flex-col gap-4 rounded-3xl border border-line bg-surface p-5 sm:flex-row sm:items-end sm:p-6">
        <div className="grid flex-1 gap-4 sm:grid-cols-2">
          <TextField id="history-from" label="From" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          <TextField id="history-to" label="To (including)" type="date" value={to} onChange={(event) => setTo(event.target.value)} error={backwards ? 'The last day is before the first day.' : undefined} />
        </div>
        {(from || to) && (
          <Button
            variant="secondary"
            onClick={() => {
              setFrom('');
              setTo('');
            }}
          >
            Clear dates
          </Button>
        )}
      </div>
      <div className="grid items-start gap-8 lg:grid-cols-2">
        <MoodHistory owner={owner} range={range} canEdit={canEdit} />
        <WaterHistory owner={owner} range={range} canEdit={canEdit} />
      </div>
    </div>
  );
}
