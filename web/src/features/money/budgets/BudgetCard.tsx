import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { AlertIcon, CheckIcon } from '../../../components/icons.tsx';
import { formatMoney } from '../money-format.ts';
import type { BudgetProgress } from '../money-types.ts';
import { BudgetBar } from './BudgetBar.tsx';

interface BudgetCardProps {
  budget: BudgetProgress;
  name: string;
  /** Without these the card is read-only (a viewer's). */
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}

const percentText = (percent: number) => `${Math.round(percent)}%`;

/** One budget this month: spent of the limit, in words and as a bar, and whether an alert point has been passed. */
export function BudgetCard({ budget, name, onEdit, onDelete }: BudgetCardProps) {
  const spent = formatMoney(budget.spentMinor, budget.currency);
  const limit = formatMoney(budget.amountMinor, budget.currency);
  const left = budget.amountMinor - budget.spentMinor;
  const firstAlert = budget.thresholds[0] ?? 80;
  const status =
    budget.percent >= 100 ? (
      <Badge tone="bad" icon={AlertIcon}>
        Over budget
      </Badge>
    ) : budget.percent >= firstAlert ? (
      <Badge tone="warn" icon={AlertIcon}>
        Close to the limit
      </Badge>
    ) : (
      <Badge tone="ok" icon={CheckIcon}>
        On track
      </Badge>
    );
  const label = `${name}, ${budget.currency}`;
  return (
    <li className="rounded-3xl border border-line bg-surface p-5 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold text-ink">{name}</h3>
          <p className="text-sm text-ink-muted">{budget.currency} · alerts at {budget.thresholds.map(percentText).join(' and ')}</p>
        </div>
        {status}
      </div>
      <p className="mt-4 text-ink">
        <span className="text-lg font-semibold tabular-nums">{spent}</span> <span className="text-ink-muted">of {limit} spent</span>{' '}
        <span className="font-semibold tabular-nums">({percentText(budget.percent)})</span>
      </p>
      <div className="mt-3">
        <BudgetBar percent={budget.percent} thresholds={budget.thresholds} />
      </div>
      <p className="mt-2 text-sm text-ink-muted">{left >= 0 ? `${formatMoney(left, budget.currency)} left this month.` : `${formatMoney(-left, budget.currency)} over the limit.`}</p>
      {(onEdit || onDelete) && (
        <div className="mt-4 flex gap-2">
          {onEdit && (
            <Button variant="secondary" className="min-h-9 px-4" onClick={onEdit}>
              Edit<span className="sr-only"> budget {label}</span>
            </Button>
          )}
          {onDelete && (
            <Button variant="secondary" className="min-h-9 px-4" onClick={onDelete}>
              Delete<span className="sr-only"> budget {label}</span>
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
