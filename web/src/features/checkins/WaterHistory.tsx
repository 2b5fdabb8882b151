import { useQuery } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { usePagedQuery } from '../../lib/use-paged-query.ts';
import { formatWater, plural } from './checkin-format.ts';
import { checkinKeys, deleteWater, listWater, settingsQuery, type Owner, type Range, type Water } from './checkins-api.ts';
import { EntryList } from './EntryList.tsx';
import { EntryRow } from './EntryRow.tsx';
import { useEntryActions } from './use-entry-actions.ts';
import { WaterEditForm } from './WaterEditForm.tsx';

/** Water entries, newest first, in the owner's unit; editable and deletable for the owner and editors. */
export function WaterHistory({ owner, range, canEdit }: { owner: Owner; range: Range; canEdit: boolean }) {
  const unit = useQuery(settingsQuery(owner)).data?.waterUnit ?? 'ml';
  const { query, items } = usePagedQuery(checkinKeys.water(owner, range), (cursor, signal) => listWater(owner, range, cursor, signal));
  const describe = (water: Water) => formatWater(water.amountMl, unit);
  const actions = useEntryActions<Water>(deleteWater, describe);
  return (
    <EntryList id="water-history" title="Water" query={query} count={items.length} shown={`${plural(items.length, 'water entry', 'water entries')} shown`} empty="No water logged yet." done={actions.done}
      dialog={<ConfirmDialog {...actions.deletion.dialog} title="Delete this water entry?" confirmLabel="Delete" pendingLabel="Deleting…">
          <p>{actions.deletion.target ? `${describe(actions.deletion.target)} will be gone for good.` : ''}</p>
        </ConfirmDialog>}
    >
      {items.map((water) => (
        <EntryRow
          key={water.id}
          title={describe(water)}
          recordedAt={water.recordedAt}
          editor={actions.editing === water.id && <WaterEditForm water={water} unit={unit} onSaved={actions.saved} onCancel={actions.cancel} />}
          onEdit={canEdit ? () => actions.edit(water) : undefined}
          onDelete={canEdit ? () => actions.deletion.ask(water) : undefined}
        />
      ))}
    </EntryList>
  );
}
