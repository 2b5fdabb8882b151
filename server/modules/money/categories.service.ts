import { randomUUID } from 'node:crypto';
import { AppError } from '../../lib/app-error.ts';
import { defaultCategories } from './categorise/default-categories.ts';
import { categoryNameKey, type CategoryRepository, type CategoryRow } from './categories.repository.ts';
import type { Category, CategoryCreate, CategoryPatch } from './money.schemas.ts';

export function categoryView(row: CategoryRow): Category {
  return { id: row.id, key: row.key, name: row.name, kind: row.kind, parentId: row.parent_id, archived: row.archived_at !== null };
}

const nameTaken = () => new AppError('CONFLICT', 'You already have a category with that name.', { details: [{ path: 'body.name', message: 'already exists' }] });

/**
 * Categories of one owner; callers have already checked the actor's access to that owner. One
 * level of nesting: a category is top-level or the child of a top-level one of the same kind.
 */
export class CategoryService {
  readonly #repository: CategoryRepository;
  readonly #now: () => Date;

  constructor(repository: CategoryRepository, now: () => Date = () => new Date()) {
    this.#repository = repository;
    this.#now = now;
  }

  /** Every person starts with the same useful set; seeded on first use, safe under races. */
  async ensureDefaults(ownerId: string): Promise<void> {
    if (await this.#repository.hasAny(ownerId)) return;
    const now = this.#repository.ts(this.#now());
    await this.#repository.insertMissing(
      defaultCategories.map((category) => ({
        id: randomUUID(),
        user_id: ownerId,
        key: category.key,
        name: category.name,
        name_key: categoryNameKey(category.name),
        kind: category.kind,
        parent_id: null,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })),
    );
  }

  async list(ownerId: string, includeArchived: boolean): Promise<Category[]> {
    await this.ensureDefaults(ownerId);
    const rows = await this.#repository.list(ownerId);
    return rows.filter((row) => includeArchived || row.archived_at === null).map(categoryView);
  }

  async rows(ownerId: string): Promise<CategoryRow[]> {
    await this.ensureDefaults(ownerId);
    return this.#repository.list(ownerId);
  }

  async #parent(ownerId: string, parentId: string | null | undefined, kind: 'expense' | 'income', selfId?: string): Promise<string | null> {
    if (!parentId) return null;
    const parent = await this.#repository.find(ownerId, parentId);
    const invalid = (message: string) => new AppError('VALIDATION_FAILED', message, { details: [{ path: 'body.parentId', message }] });
    if (!parent) throw invalid('no such category');
    if (parent.id === selfId) throw invalid('a category cannot contain itself');
    if (parent.parent_id !== null) throw invalid('categories nest one level deep only');
    if (parent.kind !== kind) throw invalid('the parent must be of the same kind');
    if (parent.archived_at !== null) throw invalid('the parent is archived');
    return parent.id;
  }

  async create(ownerId: string, input: CategoryCreate): Promise<Category> {
    await this.ensureDefaults(ownerId);
    const now = this.#repository.ts(this.#now());
    const row: CategoryRow = {
      id: randomUUID(),
      user_id: ownerId,
      key: null,
      name: input.name,
      name_key: categoryNameKey(input.name),
      kind: input.kind,
      parent_id: await this.#parent(ownerId, input.parentId, input.kind),
      archived_at: null,
      created_at: now,
      updated_at: now,
    };
    if (!(await this.#repository.insert(row))) throw nameTaken();
    return categoryView(row);
  }

  async get(ownerId: string, id: string): Promise<CategoryRow> {
    const row = await this.#repository.find(ownerId, id);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async update(ownerId: string, id: string, patch: CategoryPatch): Promise<Category> {
    const row = await this.get(ownerId, id);
    const changes: Partial<Pick<CategoryRow, 'name' | 'name_key' | 'parent_id' | 'archived_at'>> = {};
    if (patch.name !== undefined) {
      changes.name = patch.name;
      changes.name_key = categoryNameKey(patch.name);
    }
    if (patch.parentId !== undefined) {
      if (patch.parentId && (await this.#repository.hasChildren(ownerId, id))) {
        throw new AppError('VALIDATION_FAILED', 'A category with subcategories cannot go inside another.', { details: [{ path: 'body.parentId', message: 'has children' }] });
      }
      changes.parent_id = await this.#parent(ownerId, patch.parentId, row.kind, id);
    }
    if (patch.archived !== undefined) changes.archived_at = patch.archived ? (row.archived_at ?? this.#repository.ts(this.#now())) : null;
    if (!(await this.#repository.update(ownerId, id, changes, this.#now()))) throw nameTaken();
    return categoryView(await this.get(ownerId, id));
  }

  /** A category anything refers to is archived (kept for history), otherwise deleted. */
  async remove(ownerId: string, id: string): Promise<{ archived: boolean }> {
    await this.get(ownerId, id);
    if (await this.#repository.deleteIfUnused(ownerId, id)) return { archived: false };
    await this.#repository.update(ownerId, id, { archived_at: this.#repository.ts(this.#now()) }, this.#now());
    return { archived: true };
  }

  /**
   * A category a transaction may use: the owner's, of the transaction's kind, and not archived
   * (unless the transaction already had it).
   */
  async assertUsable(ownerId: string, categoryId: string, kind: 'expense' | 'income', current?: string | null): Promise<void> {
    const row = await this.#repository.find(ownerId, categoryId);
    const invalid = (message: string) => new AppError('VALIDATION_FAILED', message, { details: [{ path: 'body.categoryId', message }] });
    if (!row) throw invalid('no such category');
    if (row.kind !== kind) throw invalid(`that is an ${row.kind} category`);
    if (row.archived_at !== null && row.id !== current) throw invalid('that category is archived');
  }
}
