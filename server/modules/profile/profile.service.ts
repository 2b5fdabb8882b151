import type { FieldCipher } from '../../lib/field-crypto.ts';
import type { ProfileRepository } from './profile.repository.ts';
import { profileSchema, type Profile, type ProfileView } from './profile.schemas.ts';

const context = (userId: string) => `profile.data:${userId}`;
const empty: Profile = profileSchema.parse({});

/** The optional profile: owner only, encrypted, editable and deletable at any time. */
export class ProfileService {
  readonly #repository: ProfileRepository;
  readonly #cipher: FieldCipher;

  constructor(repository: ProfileRepository, cipher: FieldCipher) {
    this.#repository = repository;
    this.#cipher = cipher;
  }

  async get(userId: string): Promise<ProfileView> {
    const row = await this.#repository.find(userId);
    if (!row) return { ...empty, updatedAt: null };
    const profile = JSON.parse(this.#cipher.decrypt(row.data, context(userId))) as Profile;
    return { ...profile, coachingConsent: row.coachingConsent, updatedAt: row.updatedAt };
  }

  async save(userId: string, profile: Profile): Promise<ProfileView> {
    await this.#repository.save(userId, this.#cipher.encrypt(JSON.stringify(profile), context(userId)), profile.coachingConsent, new Date());
    return this.get(userId);
  }

  async delete(userId: string): Promise<void> {
    await this.#repository.delete(userId);
  }

  /** The country for helplines: the profile's, when the person gave one. */
  async countryOf(userId: string): Promise<string | undefined> {
    return (await this.get(userId)).country ?? undefined;
  }
}
