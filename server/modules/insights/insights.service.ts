import { AppError } from '../../lib/app-error.ts';
import { addDays, localDate, startOfLocalDate } from '../../lib/dates.ts';
import type { FieldCipher } from '../../lib/field-crypto.ts';
import { toDate } from '../../lib/time.ts';
import type { CheckinRepository } from '../checkins/checkins.repository.ts';
import type { JournalAnalysisRepository, JournalRepository } from '../journal/journal.repository.ts';
import { computeInsights, type DayInput } from './insights.compute.ts';

const maxDays = 366;

export interface InsightsDeps {
  entries: JournalRepository;
  analyses: JournalAnalysisRepository;
  checkins: CheckinRepository;
  cipher: FieldCipher;
  timeZoneOf(userId: string): Promise<string>;
}

/** Mood, sentiment, streaks and tags over a period, in the person's own time zone. Owner only. */
export class InsightsService {
  readonly #deps: InsightsDeps;

  constructor(deps: InsightsDeps) {
    this.#deps = deps;
  }

  async insights(userId: string, query: { from?: string | undefined; to?: string | undefined }, now = new Date()) {
    const timeZone = await this.#deps.timeZoneOf(userId);
    const to = query.to ?? localDate(now, timeZone);
    const from = query.from ?? addDays(to, -29);
    if (from > to) throw new AppError('VALIDATION_FAILED', '"from" must not be after "to".', { details: [{ path: 'query.from', message: 'after to' }] });
    if (addDays(from, maxDays - 1) < to) throw new AppError('VALIDATION_FAILED', `Insights cover at most ${maxDays} days.`, { details: [{ path: 'query.to', message: 'range too long' }] });

    const { entries, analyses, checkins, cipher } = this.#deps;
    const rows = await entries.between(userId, from, to);
    const results = new Map((await analyses.forUser(userId, rows.map((row) => row.id))).map((row) => [row.entry_id, row.result]));
    const moods = await checkins.moodBetween(userId, startOfLocalDate(from, timeZone), startOfLocalDate(addDays(to, 1), timeZone));

    const inputs = new Map<string, DayInput>();
    const dayOf = (date: string) => {
      let input = inputs.get(date);
      if (!input) {
        input = { date, entryMoods: [], sentiments: [], checkinMoods: [], tags: [], entries: 0 };
        inputs.set(date, input);
      }
      return input;
    };
    for (const row of rows) {
      const input = dayOf(row.entry_date);
      input.entries += 1;
      if (row.mood !== null) input.entryMoods.push(row.mood);
      const tags = JSON.parse(cipher.decrypt(row.tags, `journal_entry.tags:${row.id}`)) as string[];
      input.tags = [...new Set([...input.tags, ...tags])];
      const result = results.get(row.id);
      if (result) {
        const analysis = JSON.parse(cipher.decrypt(result, `journal_analysis.result:${row.id}`)) as { sentiment?: { score: number } };
        if (analysis.sentiment) input.sentiments.push(analysis.sentiment.score);
      }
    }
    for (const mood of moods) dayOf(localDate(toDate(mood.recorded_at), timeZone)).checkinMoods.push(mood.score);
    return { from, to, timeZone, minimumDaysForTagMood: 3, ...computeInsights(from, to, inputs) };
  }
}
