import { useId } from 'react';
import { TextField } from '../../components/form/TextField.tsx';
import { knownCurrencies } from './money-format.ts';

interface CurrencyFieldProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  label?: string;
  hint?: string;
}

/** A three-letter currency code, suggested from every currency the browser knows. */
export function CurrencyField({ id, value, onChange, error, label = 'Currency', hint }: CurrencyFieldProps) {
  const listId = useId();
  return (
    <>
      <TextField
        id={id}
        label={label}
        hint={hint}
        value={value}
        onChange={(event) => onChange(event.target.value.toUpperCase())}
        error={error}
        list={listId}
        maxLength={3}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="uppercase"
      />
      <datalist id={listId}>
        {knownCurrencies().map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
    </>
  );
}
