import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { ResponsiveTable, type Column } from '../../../components/ResponsiveTable.tsx';
import { categoryLabel } from '../category-options.ts';
import { formatDay, signedMoney } from '../money-format.ts';
import type { Category, Transaction } from '../money-types.ts';

interface TransactionListProps {
  transactions: readonly Transaction[];
  categories: readonly Category[] | undefined;
  /** Without these the rows are read-only (a viewer's). */
  onEdit?: ((transaction: Transaction) => void) | undefined;
  onDelete?: ((transaction: Transaction) => void) | undefined;
}

/** "−€12.50 at Tesco on 3 May 2026": names a row's buttons and its announcements. */
export function describeTransaction(transaction: Transaction): string {
  const amount = signedMoney(transaction.kind, transaction.amountMinor, transaction.currency);
  return `${amount} ${transaction.kind === 'expense' ? 'to' : 'from'} ${transaction.payee} on ${formatDay(transaction.date)}`;
}

/** Transactions as a table on wider screens and cards on phones: payee, day, category, account and amount. */
export function TransactionList({ transactions, categories, onEdit, onDelete }: TransactionListProps) {
  const columns: Array<Column<Transaction>> = [
    {
      key: 'payee',
      header: 'Payee',
      cell: (transaction) => (
        <div className="min-w-0">
          <p className="font-semibold break-words text-ink">{transaction.payee}</p>
          <p className="text-sm text-ink-muted">
            <time dateTime={transaction.date}>{formatDay(transaction.date)}</time>
            {transaction.recurringId && <span> · Repeats</span>}
            {transaction.importId && <span> · Imported</span>}
          </p>
          {transaction.note && <p className="mt-1 text-sm break-words text-ink-muted">{transaction.note}</p>}
          {transaction.tags.length > 0 && (
            <ul aria-label="Tags" className="mt-1.5 flex flex-wrap gap-1.5">
              {transaction.tags.map((tag) => (
                <li key={tag}>
                  <Badge tone="neutral" className="text-xs">
                    #{tag}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
      ),
    },
    { key: 'category', header: 'Category', cell: (transaction) => categoryLabel(categories, transaction.categoryId) },
    { key: 'account', header: 'Account', cell: (transaction) => transaction.account },
    {
      key: 'amount',
      header: 'Amount',
      className: 'sm:text-right whitespace-nowrap',
      cell: (transaction) => (
        <span className={`font-semibold tabular-nums ${transaction.kind === 'income' ? 'text-ok' : 'text-ink'}`}>
          {signedMoney(transaction.kind, transaction.amountMinor, transaction.currency)}
          <span className="sr-only"> {transaction.kind}</span>
        </span>
      ),
    },
  ];
  if (onEdit || onDelete) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      phoneLabel: false,
      className: 'sm:w-44 sm:text-right',
      cell: (transaction) => (
        <div className="flex gap-2 max-sm:pt-2 sm:justify-end">
          {onEdit && (
            <Button variant="secondary" className="min-h-9 px-4" onClick={() => onEdit(transaction)}>
              Edit<span className="sr-only"> {describeTransaction(transaction)}</span>
            </Button>
          )}
          {onDelete && (
            <Button variant="secondary" className="min-h-9 px-4" onClick={() => onDelete(transaction)}>
              Delete<span className="sr-only"> {describeTransaction(transaction)}</span>
            </Button>
          )}
        </div>
      ),
    });
  }
  return <ResponsiveTable caption="Transactions, newest first" captionHidden columns={columns} rows={transactions} rowKey={(transaction) => transaction.id} />;
}
