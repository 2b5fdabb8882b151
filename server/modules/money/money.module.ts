import type { FastifyInstance } from 'fastify';
import type { Cache } from '../../cache/cache.ts';
import type { Db } from '../../db/database.ts';
import type { AiProvider } from '../../integrations/ai/provider.ts';
import type { JobRepository } from '../../jobs/job.repository.ts';
import type { JobHandler } from '../../jobs/worker.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import type { Metrics } from '../../lib/metrics.ts';
import { timeZoneOf } from '../journal/journal.repository.ts';
import { NotificationRepository } from '../notifications/notifications.repository.ts';
import { notificationRoutes } from '../notifications/notifications.routes.ts';
import type { SharingRepository } from '../sharing/sharing.repository.ts';
import { BudgetRepository } from './budgets.repository.ts';
import { budgetRoutes } from './budgets.routes.ts';
import { BudgetService } from './budgets.service.ts';
import { CategoryRepository } from './categories.repository.ts';
import { CategoryService } from './categories.service.ts';
import { ImportRepository } from './imports.repository.ts';
import { importRoutes } from './imports.routes.ts';
import { ImportService } from './imports.service.ts';
import { MoneyAccess } from './money.policy.ts';
import { moneyRoutes } from './money.routes.ts';
import { RecurringRepository } from './recurring.repository.ts';
import { RecurringService } from './recurring.service.ts';
import { ReportService } from './reports.service.ts';
import { SuggestService } from './suggest.service.ts';
import { TransactionRepository } from './transactions.repository.ts';
import { TransactionService } from './transactions.service.ts';

export const moneySweepJobKind = 'money.sweep';
export const moneyImportJobKind = 'money.import';
/** How often repeating items are materialised and stale uploads removed. */
export const moneySweepEveryMs = 15 * 60 * 1000;

export interface MoneyModuleDeps {
  db: Db;
  sharing: SharingRepository;
  cipher: FieldCipher;
  cache: Cache;
  provider: AiProvider;
  metrics: Metrics;
  jobs: JobRepository;
  /** Starts the job worker now instead of at its next poll. */
  wake: () => void;
  budgetThresholds: number[];
}

/** Money: services wired once, their background-job handlers, and their routes. */
export function createMoneyModule(deps: MoneyModuleDeps) {
  const transactionRepository = new TransactionRepository(deps.db);
  const categoryRepository = new CategoryRepository(deps.db);
  const categories = new CategoryService(categoryRepository);
  const budgets = new BudgetService({
    repository: new BudgetRepository(deps.db),
    transactions: transactionRepository,
    categories,
    defaultThresholds: deps.budgetThresholds,
    alertsRaised: deps.metrics.budgetAlerts,
  });
  const transactions = new TransactionService({ repository: transactionRepository, sharing: deps.sharing, cipher: deps.cipher, categories, budgets });
  const recurring = new RecurringService({
    repository: new RecurringRepository(deps.db),
    transactions: transactionRepository,
    categories,
    budgets,
    cipher: deps.cipher,
    timeZoneOf: (userId) => timeZoneOf(deps.db, userId),
  });
  const importRepository = new ImportRepository(deps.db);
  const imports = new ImportService({
    repository: importRepository,
    transactions: transactionRepository,
    categories,
    categoryRows: categoryRepository,
    budgets,
    cipher: deps.cipher,
    cache: deps.cache,
    enqueueCommit: async (importId) => {
      await deps.jobs.enqueue(moneyImportJobKind, { importId }, { uniqueKey: `${moneyImportJobKind}:${importId}:${Date.now()}`, maxAttempts: 3 }, new Date());
      deps.wake();
    },
  });
  const access = new MoneyAccess(deps.sharing);

  const sweep = async () => {
    const created = await recurring.materialiseDue();
    deps.metrics.recurringMaterialised.inc(created);
    await importRepository.purgeExpired(new Date());
  };
  const handlers: Record<string, JobHandler> = {
    [moneySweepJobKind]: sweep,
    [moneyImportJobKind]: async (payload) => imports.runCommit((payload as { importId: string }).importId),
  };

  return {
    services: { transactions, categories, budgets, recurring, imports },
    handlers,
    register: async (app: FastifyInstance) => {
      const wakeRecurring = async () => {
        await deps.jobs.enqueue(moneySweepJobKind, {}, { uniqueKey: `${moneySweepJobKind}:now:${Date.now()}`, maxAttempts: 3 }, new Date());
        deps.wake();
      };
      await app.register(moneyRoutes, { access, transactions, categories, recurring, suggestions: new SuggestService(transactionRepository, categories, deps.provider), wakeRecurring });
      await app.register(budgetRoutes, { access, budgets, reports: new ReportService(transactionRepository, categories, budgets) });
      await app.register(importRoutes, { access, imports });
      await app.register(notificationRoutes, { repository: new NotificationRepository(deps.db) });
    },
  };
}
