import { AppError } from '../../lib/app-error.ts';
import { currencyExponent, formatMinor, isCurrencyCode, parseAmountToMinor } from '../../lib/money.ts';

export function assertCurrency(currency: string, path: string): void {
  if (!isCurrencyCode(currency)) {
    throw new AppError('VALIDATION_FAILED', `${currency} is not an ISO 4217 currency code.`, { details: [{ path, message: 'unknown currency' }] });
  }
}

/**
 * A decimal amount in major units ("12.50") as positive integer minor units, exact for the
 * currency: more decimals than it has, zero, or beyond Number.MAX_SAFE_INTEGER are refused.
 */
export function toMinorUnits(amount: string, currency: string, path: string): number {
  assertCurrency(currency, path.replace(/[^.]+$/, 'currency'));
  const parsed = parseAmountToMinor(amount, currency, 'dot');
  if (!parsed.ok) {
    const message =
      parsed.reason === 'too_many_decimals'
        ? `${currency} amounts have at most ${currencyExponent(currency)} decimal places.`
        : parsed.reason === 'too_large'
          ? 'That amount is too large.'
          : 'Enter the amount as a number such as 12.50.';
    throw new AppError('VALIDATION_FAILED', message, { details: [{ path, message: parsed.reason }] });
  }
  if (parsed.minor <= 0) throw new AppError('VALIDATION_FAILED', 'The amount must be more than zero.', { details: [{ path, message: 'zero' }] });
  return parsed.minor;
}

export function moneyView(minor: number, currency: string): { minor: number; amount: string } {
  return { minor, amount: formatMinor(minor, currency) };
}

/** Sums minor units exactly; a total past the safe range cannot be shown exactly, so it is refused. */
export function safeTotal(total: bigint): number {
  if (total > BigInt(Number.MAX_SAFE_INTEGER) || total < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new AppError('VALIDATION_FAILED', 'These totals are too large to add up exactly.', { details: [{ path: 'query', message: 'total too large' }] });
  }
  return Number(total);
}

/** The fields a transaction and a repeating item share, from either row, with the note already decrypted. */
export function moneyItemView(
  row: { id: string; user_id: string; kind: 'expense' | 'income'; amount_minor: number; currency: string; payee: string; category_id: string | null; tags: string; account: string },
  note: string | null,
) {
  return {
    id: row.id,
    ownerId: row.user_id,
    kind: row.kind,
    amountMinor: row.amount_minor,
    amount: formatMinor(row.amount_minor, row.currency),
    currency: row.currency,
    payee: row.payee,
    categoryId: row.category_id,
    tags: JSON.parse(row.tags) as string[],
    account: row.account,
    note,
  };
}
