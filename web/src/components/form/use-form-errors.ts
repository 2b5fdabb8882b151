import { useCallback, useEffect, useRef, useState } from 'react';
import { hasErrors, noErrors, type FormErrors } from './form-errors.ts';

/**
 * A form's errors, and a ref for its error summary: every failed submit moves focus to the
 * summary, so keyboard and screen-reader users hear what went wrong and can jump to each field.
 */
export function useFormErrors<Field extends string>() {
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors);
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const fail = useCallback((next: FormErrors<Field>) => {
    setErrors(next);
    if (hasErrors(next)) setFailures((count) => count + 1);
  }, []);
  const clear = useCallback(() => setErrors(noErrors), []);

  return { errors, fail, clear, summaryRef };
}
