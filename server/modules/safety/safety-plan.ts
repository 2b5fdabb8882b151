import { z } from 'zod';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import type { SafetyRepository } from './safety.repository.ts';

const items = (max: number) => z.array(z.string().trim().min(1).max(300)).max(max).default([]);

/**
 * The safety plan structure used in crisis care (Stanley & Brown): warning signs, things I can do
 * on my own, people and places that help, people I can ask for help, professionals, and making
 * my surroundings safer. Every part is optional.
 */
export const safetyPlanSchema = z.strictObject({
  warningSigns: items(20),
  copingSteps: items(20),
  peopleAndPlaces: items(20),
  peopleToAsk: items(20),
  professionals: items(20),
  safeEnvironment: items(20),
  reasonsToLive: items(20),
});

export const safetyPlanViewSchema = safetyPlanSchema.extend({ updatedAt: z.string().nullable() });

export type SafetyPlan = z.output<typeof safetyPlanSchema>;

const context = (userId: string) => `safety_plan.data:${userId}`;

export class SafetyPlanService {
  readonly #repository: SafetyRepository;
  readonly #cipher: FieldCipher;

  constructor(repository: SafetyRepository, cipher: FieldCipher) {
    this.#repository = repository;
    this.#cipher = cipher;
  }

  async get(userId: string) {
    const row = await this.#repository.findPlan(userId);
    if (!row) return { ...safetyPlanSchema.parse({}), updatedAt: null };
    return { ...(JSON.parse(this.#cipher.decrypt(row.data, context(userId))) as SafetyPlan), updatedAt: row.updatedAt };
  }

  async save(userId: string, plan: SafetyPlan) {
    await this.#repository.savePlan(userId, this.#cipher.encrypt(JSON.stringify(plan), context(userId)), new Date());
    return this.get(userId);
  }
}
