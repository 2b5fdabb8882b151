import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/Button.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../../components/form/form-errors.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { SubmitButton } from '../../../components/form/SubmitButton.tsx';
import { TextField } from '../../../components/form/TextField.tsx';
import { useFormErrors } from '../../../components/form/use-form-errors.ts';
import { KindToggle } from '../KindToggle.tsx';
import type { Category, Kind } from '../money-types.ts';
import { useMoneyMutation } from '../use-money-mutation.ts';

type Field = 'name' | 'parentId';

export interface CategoryInput {
  name: string;
  kind: Kind;
  parentId: string | null;
}

interface CategoryFormProps {
  id: string;
  categories: readonly Category[];
  /** Editing: the kind stays; the name and parent may change. */
  category?: Category;
  save: (input: CategoryInput) => Promise<unknown>;
  onSaved: (input: CategoryInput) => void;
  onCancel?: () => void;
}

/** A category's name, whether it is for spending or income, and optionally the category it sits under (one level). */
export function CategoryForm({ id, categories, category, save, onSaved, onCancel }: CategoryFormProps) {
  const [name, setName] = useState(category?.name ?? '');
  const [kind, setKind] = useState<Kind>(category?.kind ?? 'expense');
  const [parentId, setParentId] = useState(category?.parentId ?? '');
  const { errors, fail, clear, summaryRef } = useFormErrors<Field>();
  const mutation = useMoneyMutation(save, (_result, input) => {
    if (!category) setName('');
    onSaved(input);
  });
  const hasChildren = category ? categories.some((other) => other.parentId === category.id) : false;
  const parents = categories.filter((other) => other.kind === kind && !other.parentId && !other.archived && other.id !== category?.id);
  const parentOptions = [{ value: '', label: 'None (a top category)' }, ...parents.sort((a, b) => a.name.localeCompare(b.name)).map((other) => ({ value: other.id, label: other.name }))];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!name.trim()) return fail({ fields: { name: 'Give the category a name.' } });
    if (name.trim().length > 60) return fail({ fields: { name: 'Keep the name to 60 characters.' } });
    clear();
    mutation.mutate({ name: name.trim(), kind, parentId: parentId || null }, { onError: (error) => fail(errorsFromApi<Field>(error, (code) => (code.includes('PARENT') ? 'parentId' : code.includes('NAME') || code === 'CONFLICT' ? 'name' : undefined))) });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={{ name: `${id}-name`, parentId: `${id}-parent` }} title={category ? 'Could not save the category' : 'Could not add the category'} />
      {!category && (
        <KindToggle
          name={`${id}-kind`}
          legend="For"
          value={kind}
          onChange={(next) => {
            setKind(next);
            setParentId('');
          }}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`${id}-name`} label="Name" autoComplete="off" maxLength={60} value={name} onChange={(event) => setName(event.target.value)} error={errors.fields.name} />
        {hasChildren ? (
          <p className="self-end text-sm text-ink-muted">It has sub-categories, so it stays a top category.</p>
        ) : (
          <SelectField id={`${id}-parent`} label="Inside" hint={category ? undefined : 'Optional: one level of nesting.'} options={parentOptions} value={parentId} onChange={setParentId} error={errors.fields.parentId} />
        )}
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <SubmitButton pending={mutation.isPending} pendingLabel="Saving…">
          {category ? 'Save category' : 'Add category'}
        </SubmitButton>
      </div>
    </form>
  );
}
