import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.ts';
import { auditDeletion } from '../../plugins/audit.ts';
import type { BudgetService } from './budgets.service.ts';
import type { MoneyAccess } from './money.policy.ts';
import { budgetCreateSchema, budgetListQuerySchema, budgetListSchema, budgetPatchSchema, budgetSchema, idParamsSchema, ownerQuerySchema, reportQuerySchema, reportSchema } from './money.schemas.ts';
import type { ReportService } from './reports.service.ts';

/** Monthly budgets with their progress, and reports. */
export async function budgetRoutes(app: FastifyInstance, deps: { access: MoneyAccess; budgets: BudgetService; reports: ReportService }) {
  const { access, budgets, reports } = deps;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'user' as const };
  const tags = ['money'];

  routes.get('/api/v1/money/budgets', { config, schema: { tags, summary: 'Budgets with this month’s (or the given month’s) progress', querystring: budgetListQuerySchema, response: { 200: budgetListSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'read');
    const month = request.query.month ?? budgets.currentMonth();
    return { month, items: await budgets.progress(owner, month) };
  });
  routes.post('/api/v1/money/budgets', { config, schema: { tags, summary: 'A monthly budget for a category, or overall, in one currency', body: budgetCreateSchema, response: { 201: budgetSchema } } }, async (request, reply) => {
    const owner = await access.owner(requireActor(request), request.body.ownerId, 'write');
    return reply.code(201).send(await budgets.create(owner, request.body));
  });
  routes.patch('/api/v1/money/budgets/:id', { config, schema: { tags, params: idParamsSchema, querystring: ownerQuerySchema, body: budgetPatchSchema, response: { 200: budgetSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    return budgets.update(owner, request.params.id, request.body);
  });
  routes.delete('/api/v1/money/budgets/:id', { config, schema: { tags, params: idParamsSchema, querystring: ownerQuerySchema } }, async (request, reply) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    await budgets.remove(owner, request.params.id);
    await auditDeletion(request, 'money.budget_deleted', { id: request.params.id, owner });
    return reply.code(204).send();
  });

  routes.get('/api/v1/money/reports', { config, schema: { tags, summary: 'Spending by category and month, budget against actual, income against expense; per currency', querystring: reportQuerySchema, response: { 200: reportSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'read');
    return reports.report(owner, request.query.from, request.query.to);
  });
}
