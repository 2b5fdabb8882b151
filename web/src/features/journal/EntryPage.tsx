import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Badge } from '../../components/Badge.tsx';
import { buttonClasses } from '../../components/button-styles.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { ArrowLeftIcon } from '../../components/icons.tsx';
import { Markdown } from '../../components/Markdown.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useConfirmedAction } from '../../components/use-confirmed-action.ts';
import { Button } from '../../components/Button.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { SupportPanel } from '../safety/SupportPanel.tsx';
import { useSafetyStatus } from '../safety/use-safety-status.ts';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { deleteEntry, entryHeadline, formatEntryDate, journalKeys } from './journal-api.ts';
import { TagList } from './TagList.tsx';
import { useEntry } from './use-entry.ts';

/** /journal/:id: the entry, rendered safely, with its reflection (or support in its place). */
export function EntryPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [gone, setGone] = useState(false);
  const removeEntry = async (entryId: string) => {
    await queryClient.cancelQueries({ queryKey: journalKeys.entry(entryId) });
    await deleteEntry(entryId);
  };
  const remove = useConfirmedAction(removeEntry, async () => {
    setGone(true);
    await navigate('/journal', { replace: true });
    // The entry is gone: forget it rather than ask for it again.
    queryClient.removeQueries({ queryKey: journalKeys.entry(id) });
    await queryClient.invalidateQueries({ queryKey: journalKeys.lists });
  });
  // No polling while a delete is being asked about or sent: the entry may be gone in a moment.
  const { query, gaveUp } = useEntry(id, { paused: gone || remove.target !== undefined });
  const supportShown = query.data?.analysis.supportShown === true;
  const status = useSafetyStatus({ enabled: supportShown });

  if (query.isPending) return <PageLoading />;
  if (query.isError) return <ErrorPanel title="Could not open this entry" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  const entry = query.data;
  return (
    <>
      <Link to="/journal" className="mb-5 inline-flex min-h-11 items-center gap-2 text-sm font-semibold text-accent-soft-ink underline-offset-4 hover:underline">
        <ArrowLeftIcon className="size-4" />
        All entries
      </Link>
      <PageHeader title={entryHeadline(entry)} eyebrow={formatEntryDate(entry.entryDate)} documentTitle="Journal entry" />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {entry.mood !== null && <Badge tone="accent">Mood {entry.mood}/10</Badge>}
        {entry.tags.length > 0 && <TagList tags={entry.tags} />}
      </div>
      <div className="mt-8 grid max-w-3xl gap-8">
        <article aria-label="Entry" className="rounded-3xl border border-line bg-surface p-5 text-lg sm:p-7">
          <Markdown source={entry.body} />
        </article>
        {supportShown ? (
          <SupportPanel helplines={status.data?.helplines ?? []} notice={status.data?.notice ?? 'Daybook is software, not a crisis service.'} />
        ) : (
          <AnalysisPanel analysis={entry.analysis} gaveUp={gaveUp} />
        )}
        <div className="flex flex-wrap gap-3">
          <Link to={`/journal/${entry.id}/edit`} className={buttonClasses('secondary')}>
            Edit entry
          </Link>
          <Button variant="secondary" onClick={() => remove.ask(entry.id)}>
            Delete entry
          </Button>
        </div>
      </div>
      <ConfirmDialog title="Delete this entry?" confirmLabel="Delete entry" pendingLabel="Deleting…" {...remove.dialog}>
        <p>The entry and its reflection are deleted for good. This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
