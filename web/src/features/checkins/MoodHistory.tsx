import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { usePagedQuery } from '../../lib/use-paged-query.ts';
import { moodLabel, plural } from './checkin-format.ts';
import { checkinKeys, deleteMood, listMoods, type Mood, type Owner, type Range } from './checkins-api.ts';
import { EntryList } from './EntryList.tsx';
import { EntryRow } from './EntryRow.tsx';
import { MoodEditForm } from './MoodEditForm.tsx';
import { useEntryActions } from './use-entry-actions.ts';

const describe = (mood: Mood) => `mood ${moodLabel(mood.score)}`;

/** Mood check-ins, newest first; editable and deletable for the owner and editors. */
export function MoodHistory({ owner, range, canEdit }: { owner: Owner; range: Range; canEdit: boolean }) {
  const { query, items } = usePagedQuery(checkinKeys.moods(owner, range), (cursor, signal) => listMoods(owner, range, cursor, signal));
  const actions = useEntryActions<Mood>(deleteMood, describe);
  return (
    <EntryList id="mood-history" title="Mood check-ins" query={query} count={items.length} shown={`${plural(items.length, 'mood check-in')} shown`} empty="No mood check-ins yet." done={actions.done}
      dialog={<ConfirmDialog {...actions.deletion.dialog} title="Delete this mood check-in?" confirmLabel="Delete" pendingLabel="Deleting…">
          <p>{actions.deletion.target ? `Mood ${moodLabel(actions.deletion.target.score)} will be gone for good.` : ''}</p>
        </ConfirmDialog>}
    >
      {items.map((mood) => (
        <EntryRow
          key={mood.id}
          title={`Mood ${moodLabel(mood.score)}`}
          recordedAt={mood.recordedAt}
          details={
            (mood.note || mood.emotions.length > 0) && (
              <>
                {mood.emotions.length > 0 && <p className="text-ink-muted">{mood.emotions.join(' · ')}</p>}
                {mood.note && <p className="whitespace-pre-line wrap-anywhere">{mood.note}</p>}
              </>
            )
          }
          editor={actions.editing === mood.id && <MoodEditForm mood={mood} onSaved={actions.saved} onCancel={actions.cancel} />}
          onEdit={canEdit ? () => actions.edit(mood) : undefined}
          onDelete={canEdit ? () => actions.deletion.ask(mood) : undefined}
        />
      ))}
    </EntryList>
  );
}
