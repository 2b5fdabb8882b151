import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toCsv } from '../../lib/csv.ts';
import { requireActor } from '../../plugins/auth.ts';
import { auditContext, auditDeletion } from '../../plugins/audit.ts';
import type { CategoryService } from './categories.service.ts';
import type { MoneyAccess } from './money.policy.ts';
import {
  categoryCreateSchema,
  categoryListQuerySchema,
  categoryListSchema,
  categoryPatchSchema,
  categorySchema,
  exportQuerySchema,
  idParamsSchema,
  ownerQuerySchema,
  recurringCreateSchema,
  recurringListSchema,
  recurringPatchSchema,
  recurringSchema,
  suggestQuerySchema,
  suggestionSchema,
  transactionCreateSchema,
  transactionListQuerySchema,
  transactionPageSchema,
  transactionPatchSchema,
  transactionSchema,
  type Transaction,
} from './money.schemas.ts';
import type { RecurringService } from './recurring.service.ts';
import type { SuggestService } from './suggest.service.ts';
import type { TransactionService } from './transactions.service.ts';

export interface MoneyRouteDeps {
  access: MoneyAccess;
  transactions: TransactionService;
  categories: CategoryService;
  recurring: RecurringService;
  suggestions: SuggestService;
  /** Starts materialising a new repeating item's due occurrences now rather than at the next sweep. */
  wakeRecurring: () => Promise<void>;
}

/** Transactions, categories, repeating items and category suggestions. */
export async function moneyRoutes(app: FastifyInstance, deps: MoneyRouteDeps) {
  const { access, transactions, categories, recurring, suggestions } = deps;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'user' as const };
  const tags = ['money'];

  routes.get('/api/v1/money/transactions', { config, schema: { tags, summary: 'Transactions, newest first, with filters', querystring: transactionListQuerySchema, response: { 200: transactionPageSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'read');
    return transactions.list(owner, request.query);
  });
  routes.post('/api/v1/money/transactions', { config, schema: { tags, summary: 'Record an expense or income', body: transactionCreateSchema, response: { 201: transactionSchema } } }, async (request, reply) => {
    const actor = requireActor(request);
    const owner = await access.owner(actor, request.body.ownerId, 'write');
    return reply.code(201).send(await transactions.create(actor, owner, request.body));
  });
  routes.get('/api/v1/money/transactions/export', { config, schema: { tags, summary: 'Download transactions as CSV (formula-safe) or JSON', querystring: exportQuerySchema } }, async (request, reply) => {
    const actor = requireActor(request);
    const owner = await access.owner(actor, request.query.owner, 'read');
    const items = await transactions.exportAll(owner, request.query);
    await app.audit.record({ action: 'money.exported', outcome: 'success', actorId: actor.userId, actorEmail: actor.email, targetId: owner, detail: { format: request.query.format, rows: items.length }, ...auditContext(request) });
    const stamp = new Date().toISOString().slice(0, 10);
    if (request.query.format === 'json') return reply.header('content-disposition', `attachment; filename="daybook-money-${stamp}.json"`).send({ items });
    const names = new Map((await categories.list(owner, true)).map((category) => [category.id, category.name]));
    const csv = toCsv<Transaction>(
      [
        { header: 'date', value: (t) => t.date },
        { header: 'type', value: (t) => t.kind },
        { header: 'amount', value: (t) => t.amount },
        { header: 'currency', value: (t) => t.currency },
        { header: 'payee', value: (t) => t.payee },
        { header: 'category', value: (t) => (t.categoryId ? (names.get(t.categoryId) ?? '') : '') },
        { header: 'account', value: (t) => t.account },
        { header: 'tags', value: (t) => t.tags.join(' ') },
        { header: 'note', value: (t) => t.note },
      ],
      items,
    );
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="daybook-money-${stamp}.csv"`).send(csv);
  });
  routes.get('/api/v1/money/transactions/:id', { config, schema: { tags, params: idParamsSchema, response: { 200: transactionSchema } } }, async (request) =>
    transactions.get(requireActor(request), request.params.id),
  );
  routes.patch('/api/v1/money/transactions/:id', { config, schema: { tags, params: idParamsSchema, body: transactionPatchSchema, response: { 200: transactionSchema } } }, async (request) =>
    transactions.update(requireActor(request), request.params.id, request.body),
  );
  routes.delete('/api/v1/money/transactions/:id', { config, schema: { tags, params: idParamsSchema } }, async (request, reply) => {
    const { ownerId } = await transactions.remove(requireActor(request), request.params.id);
    await auditDeletion(request, 'money.transaction_deleted', { id: request.params.id, owner: ownerId });
    return reply.code(204).send();
  });

  routes.get('/api/v1/money/categories', { config, schema: { tags, summary: 'Categories (defaults and custom), one level of nesting', querystring: categoryListQuerySchema, response: { 200: categoryListSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'read');
    return { items: await categories.list(owner, request.query.includeArchived === 'true') };
  });
  routes.post('/api/v1/money/categories', { config, schema: { tags, body: categoryCreateSchema, response: { 201: categorySchema } } }, async (request, reply) => {
    const owner = await access.owner(requireActor(request), request.body.ownerId, 'write');
    return reply.code(201).send(await categories.create(owner, request.body));
  });
  routes.patch('/api/v1/money/categories/:id', { config, schema: { tags, summary: 'Rename, move or archive a category', params: idParamsSchema, querystring: ownerQuerySchema, body: categoryPatchSchema, response: { 200: categorySchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    return categories.update(owner, request.params.id, request.body);
  });
  routes.delete('/api/v1/money/categories/:id', { config, schema: { tags, summary: 'Delete a category, or archive it when something uses it', params: idParamsSchema, querystring: ownerQuerySchema, response: { 200: z.object({ archived: z.literal(true) }), 204: z.null() } } }, async (request, reply) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    const result = await categories.remove(owner, request.params.id);
    await auditDeletion(request, 'money.category_deleted', { id: request.params.id, owner, archived: result.archived });
    return result.archived ? reply.send({ archived: true as const }) : reply.code(204).send(null);
  });

  routes.get('/api/v1/money/recurring', { config, schema: { tags, summary: 'Repeating items (weekly or monthly)', querystring: ownerQuerySchema, response: { 200: recurringListSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'read');
    return { items: await recurring.list(owner) };
  });
  routes.post('/api/v1/money/recurring', { config, schema: { tags, body: recurringCreateSchema, response: { 201: recurringSchema } } }, async (request, reply) => {
    const actor = requireActor(request);
    const owner = await access.owner(actor, request.body.ownerId, 'write');
    const created = await recurring.create(actor.userId, owner, request.body);
    await deps.wakeRecurring();
    return reply.code(201).send(created);
  });
  routes.patch('/api/v1/money/recurring/:id', { config, schema: { tags, summary: 'Pause, resume or end a repeating item', params: idParamsSchema, querystring: ownerQuerySchema, body: recurringPatchSchema, response: { 200: recurringSchema } } }, async (request) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    const updated = await recurring.update(owner, request.params.id, request.body);
    await deps.wakeRecurring();
    return updated;
  });
  routes.delete('/api/v1/money/recurring/:id', { config, schema: { tags, summary: 'Stop a repeating item (its past transactions stay)', params: idParamsSchema, querystring: ownerQuerySchema } }, async (request, reply) => {
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    await recurring.remove(owner, request.params.id);
    await auditDeletion(request, 'money.recurring_deleted', { id: request.params.id, owner });
    return reply.code(204).send();
  });

  routes.get('/api/v1/money/suggest-category', { config, schema: { tags, summary: 'A category suggestion for a payee, for the person to confirm', querystring: suggestQuerySchema, response: { 200: suggestionSchema } } }, async (request) => {
    // Only someone who can add transactions needs a suggestion; a viewer must not spend the
    // owner's AI budget or send payees they typed to the owner's AI provider.
    const owner = await access.owner(requireActor(request), request.query.owner, 'write');
    return { suggestion: await suggestions.suggest(owner, request.query) };
  });
}
