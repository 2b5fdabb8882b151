import type { AiProvider, EntryAnalysis } from '../provider.ts';
import { composeReflection } from './reflection.ts';
import { analyseSentiment } from './sentiment.ts';

/** Offline analysis: a lexicon sentiment analyser and rule-based reflections. */
export const localProvider: AiProvider = {
  name: 'local',
  async analyseEntry({ text, seed }): Promise<EntryAnalysis> {
    const sentiment = analyseSentiment(text);
    const reflection = composeReflection(sentiment.label, sentiment.emotions, seed);
    const { id, title, steps, basis } = reflection.strategy;
    return {
      sentiment: { score: Math.round(sentiment.score * 1000) / 1000, label: sentiment.label, emotions: [...sentiment.emotions] },
      reflection: { acknowledgement: reflection.acknowledgement, strategy: { id, title, steps: [...steps], basis } },
    };
  },
};
