/**
 * A small library of coping strategies with established evidence (CBT, DBT, behavioural
 * activation, self-compassion, relaxation). Each has a few plain steps a person can do now.
 * Written for Daybook; not a substitute for professional care.
 */
export interface CopingStrategy {
  id: string;
  title: string;
  /** Emotions (from the local analyser) this strategy suits best. */
  suits: readonly string[];
  steps: readonly string[];
  basis: string;
}

export const copingStrategies: readonly CopingStrategy[] = [
  {
    id: 'paced-breathing',
    title: 'Slow, paced breathing',
    suits: ['anxiety', 'anger'],
    steps: ['Breathe in gently through your nose for a count of 4.', 'Breathe out slowly for a count of 6.', 'Repeat for two minutes, letting your shoulders drop on each out-breath.'],
    basis: 'Slower exhalation calms the body’s stress response (paced breathing).',
  },
  {
    id: 'grounding-54321',
    title: '5-4-3-2-1 grounding',
    suits: ['anxiety', 'shame'],
    steps: ['Name 5 things you can see.', 'Name 4 things you can feel, 3 you can hear, 2 you can smell.', 'Name 1 thing you can taste, then take one slow breath.'],
    basis: 'A grounding skill used in DBT and trauma-informed care.',
  },
  {
    id: 'small-pleasant-activity',
    title: 'One small, doable activity',
    suits: ['sadness', 'loneliness', 'exhaustion'],
    steps: ['Pick something small that used to feel good or useful: a shower, a short walk, a favourite song.', 'Do it for ten minutes, even if you don’t feel like it yet.', 'Notice afterwards whether your mood moved, even slightly.'],
    basis: 'Behavioural activation: action often comes before motivation.',
  },
  {
    id: 'thought-check',
    title: 'Check the thought',
    suits: ['anxiety', 'sadness', 'shame', 'anger'],
    steps: ['Write down the thought that hurts most right now.', 'Ask: what would I say to a friend who had this thought?', 'Write one kinder, more balanced version of it.'],
    basis: 'Cognitive restructuring from cognitive behavioural therapy (CBT).',
  },
  {
    id: 'self-compassion-break',
    title: 'A self-compassion break',
    suits: ['shame', 'sadness', 'loneliness'],
    steps: ['Say to yourself: “This is a hard moment.”', 'Remind yourself: “Other people feel this too; I’m not alone in it.”', 'Put a hand on your chest and say: “May I be kind to myself right now.”'],
    basis: 'Self-compassion practice (Neff); reduces self-criticism.',
  },
  {
    id: 'reach-out',
    title: 'Reach out to one person',
    suits: ['loneliness', 'sadness'],
    steps: ['Think of one person who is usually kind to you.', 'Send a short message: “Thinking of you — free for a chat this week?”', 'It is fine to keep it light; connection helps even without talking about the hard part.'],
    basis: 'Social connection is one of the strongest protective factors for mood.',
  },
  {
    id: 'three-good-things',
    title: 'Three good things',
    suits: ['joy', 'gratitude', 'calm', 'hope', 'pride'],
    steps: ['Before bed, write down three things that went well today, however small.', 'For each, add a line on why it happened.', 'Keep it up for a week and look back.'],
    basis: 'A positive-psychology exercise shown to lift mood over weeks.',
  },
  {
    id: 'wind-down',
    title: 'A gentler wind-down',
    suits: ['exhaustion', 'anxiety'],
    steps: ['Set a regular time to stop screens, about an hour before sleep.', 'Write any worries on paper with one next step each, then close the notebook.', 'Do something calm and low-light until you feel sleepy.'],
    basis: 'Sleep hygiene and scheduled “worry time” from CBT for insomnia.',
  },
];

/** A strategy that suits one of the emotions, varied by `seed` so repeated moods do not repeat advice. */
export function chooseStrategy(emotions: readonly string[], seed: number): CopingStrategy {
  for (const emotion of emotions) {
    const matching = copingStrategies.filter((strategy) => strategy.suits.includes(emotion));
    if (matching.length > 0) return matching[seed % matching.length] as CopingStrategy;
  }
  return copingStrategies[seed % copingStrategies.length] as CopingStrategy;
}
