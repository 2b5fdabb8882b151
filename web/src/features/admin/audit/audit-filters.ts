import type { AuditOutcome, AuditQuery } from '../admin-api.ts';
import { actionCodeFor, knownActions } from './audit-actions.ts';

/** The filter form's values; also kept in the page's address (?action=&outcome=&from=&to=). */
export interface FilterValues {
  /** As typed: a label or an action code. */
  action: string;
  outcome: AuditOutcome | '';
  /** yyyy-mm-dd, local days. */
  from: string;
  to: string;
}

const outcomes: readonly AuditOutcome[] = ['success', 'failure', 'denied'];
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function valuesFromParams(params: URLSearchParams): FilterValues {
  const action = params.get('action') ?? '';
  const outcome = params.get('outcome') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    // The address holds the code; the form shows its words when it has some.
    action: knownActions.find((known) => known.code === action)?.label ?? action,
    outcome: outcomes.find((value) => value === outcome) ?? '',
    from: isDay(from) ? from : '',
    to: isDay(to) ? to : '',
  };
}

export function paramsFromValues(values: FilterValues): Record<string, string> {
  const params: Record<string, string> = {};
  const action = actionCodeFor(values.action);
  if (action) params.action = action;
  if (values.outcome) params.outcome = values.outcome;
  if (values.from) params.from = values.from;
  if (values.to) params.to = values.to;
  return params;
}

/** Midnight at the start of a local day, as an ISO time. */
function startOfDay(day: string, addDays = 0): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date + addDays).toISOString();
}

/** What to ask the API for: whole local days, "to" included (the API's `to` is exclusive). */
export function queryFromParams(params: URLSearchParams): AuditQuery {
  const values = valuesFromParams(params);
  return {
    action: actionCodeFor(values.action),
    outcome: values.outcome || undefined,
    from: values.from ? startOfDay(values.from) : undefined,
    to: values.to ? startOfDay(values.to, 1) : undefined,
  };
}

/** What is wrong with the filters, by field, before asking the server. */
export function filterProblems(values: FilterValues): Partial<Record<'action' | 'to', string>> {
  const problems: Partial<Record<'action' | 'to', string>> = {};
  if (values.action.trim() && !actionCodeFor(values.action)) problems.action = 'Choose an action from the list, such as Sign-in.';
  if (values.from && values.to && values.to < values.from) problems.to = 'The last day is before the first day.';
  return problems;
}
