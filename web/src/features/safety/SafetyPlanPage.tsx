import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { errorsFromApi } from '../../components/form/form-errors.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { PlanListEditor } from './PlanListEditor.tsx';
import { getSafetyPlan, planSections, safetyKeys, saveSafetyPlan, type SafetyPlan, type SafetyPlanView } from './safety-api.ts';
import { useSafetyStatus } from './use-safety-status.ts';

const toPlan = (view: SafetyPlanView): SafetyPlan =>
  Object.fromEntries(planSections.map(({ key }) => [key, [...view[key]]])) as SafetyPlan;

const cleaned = (plan: SafetyPlan): SafetyPlan =>
  Object.fromEntries(planSections.map(({ key }) => [key, plan[key].map((item) => item.trim()).filter(Boolean)])) as SafetyPlan;

function PlanForm({ view }: { view: SafetyPlanView }) {
  const queryClient = useQueryClient();
  const [plan, setPlan] = useState(() => toPlan(view));
  const { errors, fail, clear, summaryRef } = useFormErrors<never>();
  const mutation = useMutation({
    mutationFn: saveSafetyPlan,
    onSuccess: (saved) => {
      queryClient.setQueryData(safetyKeys.plan, saved);
      setPlan(toPlan(saved));
    },
    onError: (error) => fail(errorsFromApi<never>(error)),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    clear();
    mutation.mutate(cleaned(plan));
  };
  const savedAt = mutation.data?.updatedAt ?? view.updatedAt;
  return (
    <form noValidate onSubmit={onSubmit} className="mt-8 max-w-3xl space-y-5">
      <ErrorSummary ref={summaryRef} errors={errors} fieldIds={{}} />
      {planSections.map((section) => (
        <PlanListEditor
          key={section.key}
          id={`plan-${section.key}`}
          title={section.title}
          hint={section.hint}
          items={plan[section.key]}
          onChange={(items) => {
            mutation.reset();
            setPlan((current) => ({ ...current, [section.key]: items }));
          }}
        />
      ))}
      {mutation.isSuccess && <Notice>Your safety plan is saved.</Notice>}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={mutation.isPending} pendingLabel="Saving…">
          Save my plan
        </SubmitButton>
        {savedAt && <p className="text-sm text-ink-muted">Last saved {formatDateTime(savedAt)}.</p>}
      </div>
    </form>
  );
}

/** /safety-plan: a calm page with the seven parts of a personal safety plan. */
export function SafetyPlanPage() {
  const plan = useQuery({ queryKey: safetyKeys.plan, queryFn: ({ signal }) => getSafetyPlan(signal) });
  const status = useSafetyStatus();
  return (
    <>
      <PageHeader title="My safety plan" eyebrow="For hard moments">
        <p>
          A short plan, written while things are calmer, to follow step by step when they are not. Fill in what you can; a few lines in each part
          is plenty. Only you can see it.
        </p>
      </PageHeader>
      {status.data && status.data.helplines.length > 0 && (
        <Notice tone="info" live={false} title="If you need someone now" className="mt-6 max-w-3xl">
          <ul className="space-y-0.5">
            {status.data.helplines.map((helpline) => (
              <li key={`${helpline.name}-${helpline.contact}`}>
                <span className="font-semibold">{helpline.name}</span>: {helpline.contact}
              </li>
            ))}
          </ul>
          <p className="mt-1">In an emergency, call your local emergency number.</p>
        </Notice>
      )}
      {plan.isPending ? (
        <div className="mt-8">
          <PageLoading />
        </div>
      ) : plan.isError ? (
        <div className="mt-8">
          <ErrorPanel title="Could not load your safety plan" error={plan.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />
        </div>
      ) : (
        <PlanForm view={plan.data} />
      )}
    </>
  );
}
