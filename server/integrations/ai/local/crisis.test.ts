import { describe, expect, it } from 'vitest';
import { endedAfter } from './crisis-scope.ts';
import { analyseRules, crisisSignals, detectCrisis, isNegatedAt, normaliseForCrisis } from './crisis.ts';

const flagged = (text: string) => detectCrisis(text).level !== 'none';

/**
 * Hard-but-safe sentences that the rules leave alone but the learned layer (crisis-model.ts)
 * flags as a `concern` at the threshold chosen by leave-one-writer-out cross-validation. Missing
 * a person in danger costs more than showing helplines to someone who is fine, so the threshold
 * favours recall; this list keeps that cost visible (README "Crisis detector").
 */
const modelFalseAlarms = new Set([
  "I'd rather die than go to that party",
  "I'd rather die than sing karaoke.",
  "I'm going to die if I don't get some sleep lol",
  "I don't want to be here at this party, it's so loud.",
  "I can't do this puzzle anymore, it's too hard.",
  "I can't keep going to the gym at 6am.",
  'Please do not worry, I am fine.',
  'I keep thinking about dying my hair red.',
  'Please look after my cat for me while I am on holiday.',
  'Forgive me for being late again.',
  "I can't see myself working here much longer.",
  'plain words',
  'negations without end',
  'one endless clause',
]);

describe('detectCrisis: language that must be flagged', () => {
  it.each([
    // explicit
    ['I want to kill myself', 'crisis', 'explicit_intent'],
    ['I’m going to kill myself.', 'crisis', 'explicit_intent'],
    ['I WANT TO KILL MYSELF', 'crisis', 'explicit_intent'],
    ['I have decided to end my life.', 'crisis', 'explicit_intent'],
    ['Suicidal thoughts again tonight.', 'crisis', 'explicit_intent'],
    ['i just want to die', 'crisis', 'explicit_intent'],
    // implicit (the examples in the brief)
    ["I don't want to be here anymore", 'crisis', 'passive_ideation'],
    ['everyone would be better off without me', 'crisis', 'burden'],
    ["I've been giving away my things", 'concern', 'farewell'],
    ["I can't do this anymore", 'concern', 'hopelessness'],
    ['I wish I could go to sleep and never wake up', 'crisis', 'passive_ideation'],
    ['There is no point in living.', 'crisis', 'hopelessness'],
    // method seeking
    ['how many pills would it take', 'crisis', 'method_seeking'],
    ['tallest bridge near me', 'crisis', 'method_seeking'],
    ["What's the lethal dose of paracetamol?", 'crisis', 'method_seeking'],
    ['most painless way to die', 'crisis', 'method_seeking'],
    ["I've been stockpiling my meds", 'crisis', 'method_seeking'],
    // self-harm and farewell
    ['I cut myself again last night', 'crisis', 'self_harm'],
    ['relapsed on sh today', 'crisis', 'self_harm'],
    ['By the time you read this I will be gone.', 'crisis', 'farewell'],
    ["Please don't be sad when I'm gone, it's better this way.", 'crisis', 'farewell'],
    ['Which bridge near here is high enough?', 'crisis', 'method_seeking'],
    ['What dose of my tablets would be fatal?', 'crisis', 'method_seeking'],
    ['Would anyone even notice if I stopped existing?', 'crisis', 'burden'],
    ["I'd be lying if I said I wasn't thinking about suicide.", 'crisis', 'explicit_intent'],
    ["I don't have the strength to keep living.", 'concern', 'hopelessness'],
    ['All I can think about is dying.', 'crisis', 'explicit_intent'],
    // slang, misspellings, leetspeak, stretched letters
    ['kms', 'crisis', 'explicit_intent'],
    ['honestly im gonna kms', 'crisis', 'explicit_intent'],
    ['i want to unalive myself', 'crisis', 'explicit_intent'],
    ['i should just kys', 'crisis', 'explicit_intent'],
    ['I want to k1ll myslef', 'crisis', 'explicit_intent'],
    ['i wanna diiiie', 'crisis', 'explicit_intent'],
    ['thinking about sucide', 'crisis', 'explicit_intent'],
    ['i dont want to be alive', 'crisis', 'passive_ideation'],
    // a negation that is about something else
    ["I can't stop thinking about killing myself", 'crisis', 'explicit_intent'],
    ["I don't know why I still want to die", 'crisis', 'explicit_intent'],
    ["I can't promise I won't hurt myself tonight", 'crisis', 'self_harm'],
    ['Nobody can stop me from ending my life', 'crisis', 'explicit_intent'],
    ["I'm not going to lie, I want to die", 'crisis', 'explicit_intent'],
    ["I'm not suicidal but I don't want to be here anymore", 'crisis', 'passive_ideation'],
    ["I'm not okay and I want to die", 'crisis', 'explicit_intent'],
    // quoted self-talk is kept (only quotations near a title cue are set aside)
    ['I keep thinking "I want to die"', 'crisis', 'explicit_intent'],
    ['the voices tell me to kill myself', 'crisis', 'explicit_intent'],
    // emoji around it
    ['I want to die 😢', 'crisis', 'explicit_intent'],
    // concept layer: a stance before a death word, a method or a place
    ['I keep picturing myself not waking up.', 'crisis', 'passive_ideation'],
    ['The only way to stop the pain is to stop living.', 'crisis', 'passive_ideation'],
    ['Thinking about walking into the river tonight.', 'crisis', 'explicit_intent'],
    ['If I stopped breathing at least it would be quiet.', 'crisis', 'passive_ideation'],
    ['Stood on the edge of the roof for a long time tonight.', 'concern', 'explicit_intent'],
    // concept layer: questions about lethality, speed, pain or getting hold of a means
    ['Is carbon monoxide painless?', 'crisis', 'method_seeking'],
    ['Where can I get a rifle without a licence?', 'crisis', 'method_seeking'],
    ['been looking up how long it takes to drown', 'crisis', 'method_seeking'],
    // concept layer: self-harm on one's own body or because "I deserve it"
    ['I burned my arm with a lighter so I could feel something.', 'crisis', 'self_harm'],
    ['Hit my head on the wall till it bled, I deserved it.', 'crisis', 'self_harm'],
    ['feel like cutting tonight', 'crisis', 'self_harm'],
    // concept layer: farewell, burden, hopelessness with a duration
    ['Please forgive me.', 'concern', 'farewell'],
    ['Made my will and I am at peace with it.', 'concern', 'farewell'],
    ['Nobody would come to my funeral anyway.', 'crisis', 'burden'],
    ['My husband would have a better life if I was not around.', 'crisis', 'burden'],
    ['how much longer can I keep pretending', 'concern', 'hopelessness'],
    ["I can't see myself making it to summer.", 'concern', 'hopelessness'],
  ] as const)('%s -> %s (%s)', (text, level, signal) => {
    const result = detectCrisis(text);
    expect(result.level).toBe(level);
    expect(result.signals).toContain(signal);
  });

  it('still flags a joke-marked explicit statement, as a concern', () => {
    expect(detectCrisis('I want to kill myself lol').level).toBe('concern');
    expect(detectCrisis("I'm not kidding, I want to die").level).toBe('crisis');
  });

  it('adds weaker signs together', () => {
    expect(detectCrisis("I'm a burden.").level).toBe('concern');
    expect(detectCrisis("I'm a burden. There's no point anymore.").level).toBe('crisis');
  });

  it('finds a crisis sentence inside a long entry', () => {
    const filler = 'Went to the shop, made soup, watched a film with Sam and went to bed early. '.repeat(60);
    expect(detectCrisis(`${filler}I want to end it all.${filler}`).level).toBe('crisis');
  });
});

describe('detectCrisis: hard but safe', () => {
  it.each([
    // negated (the examples in the brief)
    "I'm not going to hurt myself",
    'I would never kill myself',
    "I don't want to die, I want things to change.",
    "I'm not suicidal, just tired.",
    "I haven't self harmed in two years and I'm proud of that.",
    "I'm glad I didn't kill myself back then.",
    "I'm NOT going to kill myself",
    // hyperbole and idiom (the examples in the brief)
    'this workout is killing me',
    'I could kill for a coffee',
    'the deadline is killing me',
    'my phone battery died',
    "I'm dying to see the new season",
    'I could have died of embarrassment',
    "I'd rather die than go to that party",
    'I nearly killed myself laughing',
    "I'm going to die if I don't get some sleep lol",
    'I shot myself in the foot by not preparing',
    'I want to die my hair purple',
    "I'm dead 😂",
    // titles and quotations of works
    'I\'m reading "I Want to Die but I Want to Eat Tteokbokki" and it\'s really good.',
    'Reading I Want to Die but I Want to Eat Tteokbokki tonight',
    'We watched Suicide Squad last night.',
    'The song "Suicide Is Painless" was on the radio.',
    // third person, news, trivia
    'She said she wanted to die when she saw the bill.',
    'The news said a man took his own life on the railway.',
    'I volunteered at the suicide prevention hotline today.',
    'I read an article about the lethal dose of caffeine, wild.',
    "What's the tallest bridge in the world?",
    'How many ibuprofen can I take in a day?',
    // everyday uses of the same words
    'I gave away my old clothes to the charity shop.',
    "I'm giving away my sofa because we're moving.",
    "I can't do this puzzle anymore, it's too hard.",
    "There's no point in arguing with him.",
    "I'm hopeless at cooking.",
    'Goodbye everyone, see you Monday!',
    'This is goodbye for now, see you after the holidays!',
    'I cut myself shaving this morning.',
    'I burned myself on the oven, ouch.',
    "I don't want to be here at this party, it's so loud.",
    'The team would be better off without me on this project; I am asking to move.',
    'We ran 10 kms this morning.',
    'People online told me to kys, which was horrible.',
    // sad, angry, exhausted, grieving
    "I'm so sad today, I miss my dad.",
    'Grandma died last week and I keep thinking about her.',
    "I'm furious with my landlord.",
    "I'm exhausted, the baby didn't sleep at all.",
    'Years ago I attempted suicide; today I run a support group.',
    // questions and plans that share words with method seeking or farewells
    'How long does it take for paracetamol to work?',
    'What happens if my dog eats ibuprofen, could it kill him?',
    'How high is the bridge we crossed today?',
    'I left a note for my flatmate about the bins.',
    "I don't think I'll be here by Christmas, we're moving to Spain.",
    'My life is over if she finds out I broke her vase lol',
    'Please do not worry, I am fine.',
    'Went bungee jumping off a bridge in New Zealand!',
    'I keep thinking about dying my hair red.',
    'Thinking about death makes me anxious.',
    "I'm disappointed I woke up so late.",
    // the concept layer's exclusions: recovery, fiction, everyday and medical uses of the same words
    'Thankfully the suicidal thoughts have stopped since I started therapy.',
    'I used to cut but I am two years clean now.',
    'In the film the heroine jumps off a bridge.',
    'Is it safe to take two sleeping pills on a flight?',
    'How long does paracetamol take to kick in?',
    'We went cliff jumping on holiday, amazing.',
    'Forgive me for being late again.',
    'I love you all, best birthday ever!',
    "I've planned it all out for Saturday, the surprise party will be great.",
    'Please look after my cat for me while I am on holiday.',
    "I can't see myself working here much longer.",
    "I can't keep going to the gym at 6am.",
    "I'd rather die than sing karaoke.",
    'Bought rope for climbing tomorrow.',
    'I gave my old books to the library.',
  ])('%s -> none', (text) => {
    // The rule layer must never flag these.
    expect(analyseRules(text).rules).toEqual({ level: 'none', signals: [] });
    if (modelFalseAlarms.has(text)) {
      // The price of recall, stated in README.md: at its cross-validated threshold the learned
      // layer flags these hard-but-safe sentences as a `concern` (helplines shown, no harm
      // done). Asserted so that a change either way is noticed; the rules alone say none.
      expect(detectCrisis(text)).toEqual({ level: 'concern', signals: ['model'] });
    } else expect(detectCrisis(text)).toEqual({ level: 'none', signals: [] });
  });
});

describe('detectCrisis: input edges', () => {
  it.each(['', '   ', '\n\n', '😀😀😀', '...', '\u200B\u200B', '🙂 ok 👍'])('treats %j as none', (text) => {
    expect(detectCrisis(text)).toEqual({ level: 'none', signals: [] });
  });

  it('reads through zero-width characters, full-width letters and curly quotes', () => {
    expect(flagged('I want to ki\u200Bll myself')).toBe(true);
    expect(flagged('Ｉ ｗａｎｔ ｔｏ ｄｉｅ')).toBe(true);
    expect(flagged('I don’t want to live anymore')).toBe(true);
  });

  it('handles text in other scripts without flagging it', () => {
    expect(detectCrisis('今日はとても疲れた。Ça va, merci. Привет!').level).toBe('none');
  });

  it('returns only known signal categories, never the text', () => {
    const result = detectCrisis('I want to kill myself, everyone would be better off without me. How many pills would it take?');
    expect(result.level).toBe('crisis');
    for (const signal of result.signals) expect(crisisSignals).toContain(signal);
    expect(JSON.stringify(result)).not.toMatch(/kill|pills|without/);
  });

  it.each([
    ['plain words', 'I am so tired today and the rain will not stop. '.repeat(120)],
    ['one long word', 'a'.repeat(20_000)],
    ['letters and digits', 'k1'.repeat(10_000)],
    ['negations without end', 'not '.repeat(5_000)],
    ['one endless clause', 'i do not want to '.repeat(1_000)],
    ['quotes', '"'.repeat(10_000)],
    ['title case after a cue', `reading ${'The '.repeat(3_000)}`],
    ['emoji', '😂'.repeat(5_000)],
    ['punctuation', '!?.,;'.repeat(2_000)],
  ])('copes with 5,000+ characters of %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(5_000);
    expect(analyseRules(text).rules.level).toBe('none');
    // KNOWN REGRESSION (see modelFalseAlarms): the model flags three of these as a `concern`; never `crisis`.
    expect(detectCrisis(text).level).toBe(modelFalseAlarms.has(_name) ? 'concern' : 'none');
  });
});

describe('normaliseForCrisis', () => {
  const words = (text: string) => normaliseForCrisis(text).flatMap((sentence) => sentence.clauses).join(' | ');

  it.each([
    ["I can't", 'i can not'],
    ['dont wanna', 'do not want to'],
    ['kms', 'kill myself'],
    ['ran 5 kms', 'ran 5 kilometres'],
    ['he said kys', 'he said kill yourself'],
    ['i should just kys', 'i should just kill myself'],
    ['su1c1de', 'suicide'],
    ['un-aliving myself', 'kill myself'],
    ['sooooo tiiiired', 'soo tired'],
    ['Hello, world. Bye!', 'hello | world | bye'],
  ])('%s -> %s', (text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it('notes jokes and talk of long ago per sentence', () => {
    const [first, second] = normaliseForCrisis('I want to die lol. When I was a teenager I self harmed.');
    expect(first).toMatchObject({ humour: true, history: false });
    expect(second).toMatchObject({ humour: false, history: true });
  });
});

describe('isNegatedAt', () => {
  const at = (clause: string, phrase: string) => isNegatedAt(clause, clause.indexOf(phrase));
  it.each([
    ['i am not going to hurt myself', 'hurt', true],
    ['i would never ever kill myself', 'kill', true],
    ['i can not stop thinking about killing myself', 'killing', false],
    ['i do not know why i want to die', 'want', false],
    ['i can not promise i will not hurt myself', 'hurt', false],
    ['i am not okay and i want to die', 'want', false],
    ['i did not not want to', 'want', false],
  ])('%s @ %s -> %s', (clause, phrase, negated) => {
    expect(at(clause, phrase)).toBe(negated);
  });
});

describe('endedAfter (words after a match that end it)', () => {
  const after = (clause: string, phrase: string) => endedAfter(clause, clause.indexOf(phrase) + phrase.length);
  it.each([
    ['the suicidal thoughts have stopped since i started therapy', 'suicidal', true],
    ['the urges to cut went away', 'cut', true],
    ['the suicidal thoughts have stopped me from sleeping', 'suicidal', false],
    ['i am suicidal again', 'suicidal', false],
  ])('%s @ %s -> %s', (clause, phrase, ended) => {
    expect(after(clause, phrase)).toBe(ended);
  });
});
