import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { SectionTabs } from '../../components/SectionTabs.tsx';
import { sharingQuery } from '../settings/sharing/sharing-api.ts';
import { BudgetsView } from './budgets/BudgetsView.tsx';
import { CategoriesView } from './categories/CategoriesView.tsx';
import { ImportWizard } from './import/ImportWizard.tsx';
import { OwnerSwitcher } from '../../components/OwnerSwitcher.tsx';
import { moneyPath, moneyViewFrom, moneyViews } from './money-view.ts';
import { RecurringView } from './recurring/RecurringView.tsx';
import { ReportsView } from './reports/ReportsView.tsx';
import { TransactionsView } from './transactions/TransactionsView.tsx';

/** /money: transactions, budgets, reports, recurring items, categories and import, for my own money or someone's who shares theirs. */
export function MoneyPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { view: viewParam } = useParams();
  const sharing = useQuery(sharingQuery);
  const wanted = params.get('owner') ?? undefined;
  const grant = wanted ? sharing.data?.received.find((received) => received.owner.id === wanted) : undefined;
  const owner = grant?.owner.id;
  const canEdit = !grant || grant.role === 'editor';
  const view = moneyViewFrom(viewParam, canEdit);
  const label = moneyViews.find((item) => item.value === view)?.label ?? '';
  const key = owner ?? 'me';

  const content = () => {
    if (wanted && sharing.isPending) return <PageLoading label="Loading what is shared with you…" />;
    if (wanted && sharing.isError) return <ErrorPanel title="Could not load what is shared with you" error={sharing.error} onRetry={() => void sharing.refetch()} retrying={sharing.isFetching} />;
    switch (view) {
      case 'budgets':
        return <BudgetsView key={key} owner={owner} canEdit={canEdit} />;
      case 'reports':
        return <ReportsView key={key} owner={owner} />;
      case 'recurring':
        return <RecurringView key={key} owner={owner} canEdit={canEdit} />;
      case 'categories':
        return <CategoriesView key={key} owner={owner} canEdit={canEdit} />;
      case 'import':
        return <ImportWizard key={key} owner={owner} />;
      default:
        return <TransactionsView key={key} owner={owner} ownerName={grant?.owner.name} canEdit={canEdit} />;
    }
  };

  return (
    <>
      <PageHeader title="Money" documentTitle={`${label} · Money`}>
        <p>What comes in, what goes out, and budgets that warn you early. Each currency is kept on its own.</p>
      </PageHeader>
      {sharing.data && sharing.data.received.length > 0 && (
        <div className="mt-8">
          <OwnerSwitcher subject={{ id: 'money-owner', noun: 'money', pronoun: 'it' }} received={sharing.data.received} current={grant} onChange={(id) => void navigate(moneyPath('transactions', id))} />
        </div>
      )}
      <SectionTabs
        label="Money sections"
        current={view}
        tabs={moneyViews.filter((item) => canEdit || !item.writeOnly).map((item) => ({ key: item.value, label: item.label, to: moneyPath(item.value, owner) }))}
      />
      <div className="mt-8">{content()}</div>
    </>
  );
}
