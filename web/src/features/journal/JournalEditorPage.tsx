import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { buttonClasses } from '../../components/button-styles.ts';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useSession } from '../auth/use-session.ts';
import { browserTimeZone, dayIn } from '../checkins/local-days.ts';
import { SupportPanel } from '../safety/SupportPanel.tsx';
import { EntryForm } from './EntryForm.tsx';
import { getEntry, journalKeys, type Entry, type EntryInput, type SavedEntry } from './journal-api.ts';
import { draftKey } from './use-draft.ts';


const toInput = (entry: Entry | undefined): EntryInput =>
  entry ? { title: entry.title, body: entry.body, tags: entry.tags, mood: entry.mood, entryDate: entry.entryDate } : { title: null, body: '', tags: [], mood: null, entryDate: dayIn(browserTimeZone()) };

/** What follows a save that raised a crisis signal: support first, the entry after. */
function SavedWithSupport({ saved }: { saved: SavedEntry & { support: NonNullable<SavedEntry['support']> } }) {
  const { support } = saved;
  return (
    <div className="mt-8 max-w-3xl space-y-6">
      <SupportPanel message={support.message} helplines={support.helplines} notice={support.notice} autoFocus />
      <p className="text-ink-muted">Your entry is saved and only you can read it.</p>
      <Link to={`/journal/${saved.id}`} className={buttonClasses('secondary')}>
        Go to my entry
      </Link>
    </div>
  );
}

/** /journal/new and /journal/:id/edit. */
export function JournalEditorPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: me } = useSession();
  const [saved, setSaved] = useState<SavedEntry>();
  const entry = useQuery({ queryKey: journalKeys.entry(id ?? ''), queryFn: ({ signal }) => getEntry(id ?? '', signal), enabled: Boolean(id) });
  const title = id ? 'Edit entry' : 'New entry';

  if (saved?.support) {
    return (
      <>
        <PageHeader title="Your entry is saved" documentTitle={title} />
        <SavedWithSupport saved={{ ...saved, support: saved.support }} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={title} eyebrow="Journal">
        <p>Write as much or as little as you like. Only you can read it, and a draft stays on this device until you save.</p>
      </PageHeader>
      <div className="mt-8">
        {!me || (id && entry.isPending) ? (
          <PageLoading />
        ) : id && entry.isError ? (
          <ErrorPanel title="Could not open this entry" error={entry.error} onRetry={() => void entry.refetch()} retrying={entry.isFetching} />
        ) : (
          <EntryForm
            key={id ?? 'new'}
            entryId={id}
            initial={toInput(entry.data)}
            draftKey={draftKey(me.id, id)}
            onSaved={(result) => (result.support ? setSaved(result) : void navigate(`/journal/${result.id}`))}
          />
        )}
      </div>
    </>
  );
}
