/**
 * The phrase patterns of the crisis detector (see crisis.ts): weighted, each tagged with one
 * warning sign, matched against one normalised clause. Exact phrasings; the broader concept layer
 * is in crisis-concepts.ts.
 */

export type CrisisLevel = 'none' | 'concern' | 'crisis';

/**
 * Warning signs, most severe first. `model` is the learned layer (crisis-model.ts) flagging a text
 * the rules did not: always at level `concern`, and never with the matched text.
 */
export const crisisSignals = ['explicit_intent', 'method_seeking', 'passive_ideation', 'self_harm', 'farewell', 'burden', 'hopelessness', 'model'] as const;
export type CrisisSignal = (typeof crisisSignals)[number];

export interface CrisisResult {
  level: CrisisLevel;
  /** The warning signs found, most severe first; empty when the level is `none`. Never the text. */
  signals: CrisisSignal[];
}

/** Summed weight at or above which the level is `crisis` / `concern`. */
export const crisisThreshold = 1;
export const concernThreshold = 0.5;
/** Multipliers for talk about the distant past and for a marked joke. */
export const historyFactor = 0.3;
export const humourFactor = 0.5;

export interface Pattern {
  signal: CrisisSignal;
  weight: number;
  /** Must start and end on word boundaries; matched against one normalised clause. */
  re: RegExp;
  /** The speaker must be the subject: dropped when another person is ("she wants to die"). */
  self?: boolean;
  /** Often said as a figure of speech: a marked joke ("lol") halves it. */
  hyperbole?: boolean;
  /** A negation before the match does not cancel it (the pattern already contains its own). */
  ignoreNegation?: boolean;
  /** Only counts as a question or a search ("what is the lethal dose ...?"), not as a topic. */
  seeking?: boolean;
  /** Dropped when the whole sentence matches this (an everyday use of the same words). */
  unless?: RegExp;
  /** Counts only when the whole sentence also matches this. */
  when?: RegExp;
  /** Matched against the whole sentence (its clauses joined) instead of one clause. */
  sentence?: boolean;
  /** A concept rule (crisis-concepts.ts): not counted in a sentence about fiction or the news, or about recovery. */
  concept?: boolean;
}

/** A cheerful or everyday goodbye: a trip, a new job, "see you soon". */
export const everydayFarewell =
  /\b(?:see you|see ya|until|till|next (?:week|time|year|month|monday|weekend)|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|after the|back (?:on|in|soon|next|home)|holiday|holidays|vacation|trip|travelling|traveling|leaving do|new job|retire|retiring|retirement|moving|move|party|for now|old house|old job|last day|hospital|shift|work|office)\b/;

/** Pills and drugs named in overdose questions. */
export const drugs =
  '(?:pills?|tablets?|capsules?|meds|medication|medicine|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|insulin|antidepressants?|painkillers?|xanax|valium|diazepam|codeine|tramadol|morphine|oxycodone|oxy|fentanyl|heroin|alcohol|vodka)';
export const heights = '(?:bridges?|buildings?|cliffs?|towers?|car parks?|parking garages?|parking structures?|multi storeys?|rooftops?|roofs?|balcony|balconies|places? to jump)';
const nearby = '(?:near me|nearby|near here|around here|close to me|close by|in my (?:area|town|city)|in this (?:area|town|city))';
const nobody = '(?:no one|nobody|not one person|not a single person)';
const goneIf =
  '(?:(?:if|when|once) i (?:just |simply )?(?:died|was dead|were dead|was gone|were gone|am gone|am dead|disappeared|killed myself|was not here|were not here|was not around|were not around|was never born|did not exist|did not wake up|never woke up|stopped existing|was not in (?:them|it|their lives|the picture)|were not in (?:them|it|their lives|the picture)|was out of the picture|was out of their lives))';

/**
 * The patterns. Weights: 1 = on its own a crisis; 0.5-0.8 = on its own a concern; 0.3-0.4 = only
 * counts together with another sign. Lookaheads exclude the everyday uses that share the words.
 */
export const patterns: Pattern[] = [
  // --- explicit intent ---------------------------------------------------------------------
  // "killing myself laughing" is a British idiom; "almost killed myself" is usually an accident.
  { signal: 'explicit_intent', weight: 1, self: true, hyperbole: true, re: /(?<!\b(?:almost|nearly) )\b(?:kill|kills|killing|killed) myself\b(?! laughing| with laughter)/g },
  { signal: 'explicit_intent', weight: 0.5, re: /\b(?:almost|nearly) (?:killed|kill) myself\b(?! laughing| with laughter)/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:end|ends|ending|ended|take|taking|took) (?:my|my own) life\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:end|ending) (?:it all|everything|things for good|it for good|it forever)\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:thinking|think|thought|thoughts) (?:about|of) (?:ending (?:it|things)|suicide|killing myself|taking my (?:own )?life)\b(?! with| between)/g },
  { signal: 'explicit_intent', weight: 0.8, self: true, re: /\bto end it\b(?! with| between| for| at| off| there| here| early| now and)/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:commit|committing|attempt|attempting|attempted|try|trying|tried) (?:to commit )?suicide\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\bsuicidal\b(?! (?:teens?|people|patients?|clients?|friends?|students?|users?|characters?|person|callers?))/g },
  { signal: 'explicit_intent', weight: 1, re: /\bsuicide (?:is|feels like|seems like|seems|looks like) (?:the |my )?(?:only|best|easiest|right|last) (?:option|way out|way|answer|choice)\b/g },
  { signal: 'explicit_intent', weight: 1, re: /\bsuicide (?:is|feels like|seems like) (?:my )?(?:only )?(?:option|answer|way out)\b/g },
  // "die" takes no object, so "die my hair" is "dye".
  {
    signal: 'explicit_intent',
    weight: 1,
    self: true,
    hyperbole: true,
    re: /\b(?:want|wanted|wanting|wish|wished|wishing|ready|need|deserve|plan|planning) to die\b(?! (?:of|from|laughing|inside|my|your|his|her|their|the|it|them|hair|alone|old|happy|peacefully|in my sleep|someday|one day|eventually)\b)/g,
  },
  { signal: 'explicit_intent', weight: 1, re: /\bpart of me (?:wants|want|wanted) to die\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:hang|hanging|hanged|drown|drowning|poison|poisoning|suffocate|suffocating|shoot|shooting|gas|gassing) myself\b(?! in the foot)/g },
  { signal: 'explicit_intent', weight: 0.8, self: true, unless: /\b(?:bungee|bungy|abseil|abseiling|dive|diving|swim|swimming|parachute|parachuting|skydive|skydiving|zip ?line|rope swing|paraglid\w*)\b/, re: /\b(?:jump|jumping|throw myself|throwing myself) (?:off|from) (?:a|the|this|that|my|our) (?:bridge|building|roof|rooftop|cliff|balcony|tower|car park|multi storey|window)\b(?! into (?:the |a )?(?:sea|water|lake|river|pool))/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:step|stepping|walk|walking|throw myself|throwing myself|jump|jumping|lie down|lying down) (?:in front of|into|under) (?:a |the |some )?(?:train|bus|traffic|lorry|truck|car|oncoming traffic)s?\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:drive|driving|crash|crashing|steer|steering) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|river|lake|oncoming traffic|traffic|lorry|truck)\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:overdose|overdosing|overdosed) (?:on|with)\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:want|going|plan|planning|planned|ready|about|thinking about|think about|thinking of|decided) (?:to )?(?:overdose|overdosing)\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: new RegExp(`\\b(?:take|taking|took|swallow|swallowing|swallowed) (?:all|all of|the whole|a whole|the entire|every one of|every single one of) (?:my |the |of my |these |those )?(?:${drugs}|bottle|packet|box|pack)\\b`, 'g') },
  { signal: 'explicit_intent', weight: 1, self: true, re: new RegExp(`\\b(?:took|take|taking|swallowed) (?:too many|a lot of|loads of|a handful of) ${drugs} (?:on purpose|deliberately|intentionally|to die|to sleep forever)\\b`, 'g') },
  { signal: 'explicit_intent', weight: 0.8, self: true, re: /\b(?:planning|plan|planned|worked out|figured out|deciding) (?:how|when|where) (?:i|i am going to|to) (?:would |will |could |am going to )?(?:do it|end it|kill myself)\b/g },
  { signal: 'explicit_intent', weight: 0.5, self: true, re: /\b(?:thinking|think|thought|thoughts) (?:about|of) (?:dying|my (?:own )?death|not being here|not being alive)\b(?! (?:my|your|his|her|their|the|it|them|hair)\b)/g },
  { signal: 'explicit_intent', weight: 0.8, self: true, re: /\b(?:thinking|think|thought|thoughts|dream|dreaming|fantasise|fantasize|fantasising|fantasizing) (?:about|of) (?:jumping|stepping|throwing myself|overdosing|hanging myself|drowning myself|crashing my car|driving into|taking all my|slitting|cutting my wrists|not waking up)\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:plan|planning|planned|plans for) (?:my )?suicide\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\b(?:a danger to myself|going to hurt myself|crash my car on purpose|crash the car on purpose|make it look like an accident)\b/g },
  { signal: 'explicit_intent', weight: 0.6, self: true, re: /\b(?:how|when|where) (?:i would|i will|i am going to|i could|i should|to) do it\b/g },
  { signal: 'explicit_intent', weight: 0.4, self: true, re: /\b(?:going to|gonna|will|about to) do it (?:tonight|today|tomorrow|soon|this (?:time|weekend|week))\b/g },
  { signal: 'explicit_intent', weight: 0.4, self: true, re: /\b(?:made|making) (?:up )?my (?:mind|decision)\b|\bmy mind is made up\b/g },
  { signal: 'explicit_intent', weight: 0.8, re: /\bwhat i (?:might|could|will|would|am going to|may) do to myself\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: /\bwalk(?:ing)? into the (?:sea|ocean|river|lake|water) and (?:keep going|keep walking|not come back|never come back|not stop)\b/g },
  // A wish, plan or fixation (stance) shortly before death or dying (concept): "all I can think about is dying".
  {
    signal: 'explicit_intent',
    weight: 0.6,
    self: true,
    hyperbole: true,
    re: /\b(?:want|wish|wishing|long for|longing for|crave|craving|ready for|rather be|hope for|pray for|praying for|plan|planning|decided on|think about|thinking about|thought about|thinking of|obsessing over|obsessed with|fantasise about|fantasize about|fantasising about|fantasizing about|dream of|dream about|dreaming of|dreaming about|tempted by|can think about is|can think of is|keep thinking about|close to) (?:[a-z]+ ){0,3}?(?:dying|being dead|not existing|stopping existing|not being here|not waking up|ending it|ending it all|ending things|suicide|killing myself|my own death|my death)\b(?! (?:of|from|with|between|my|your|his|her|their|the|it|them|hair|in (?:the|a) (?:film|book|game|show)|scene|metal|row|star|penalty|toll|squad|rate|rates|prevention)\b)/g,
  },

  // --- passive ideation ----------------------------------------------------------------------
  { signal: 'passive_ideation', weight: 1, re: /\bwish (?:that )?i (?:was|were|could be|would be) (?:dead|gone|never born)\b/g },
  { signal: 'passive_ideation', weight: 1, re: /\bnever been born\b/g },
  { signal: 'passive_ideation', weight: 1, re: /\bwish (?:that )?i (?:could|would|can|might) (?:just )?(?:die|be dead|stop existing|not exist|not be alive)\b/g },
  { signal: 'passive_ideation', weight: 1, ignoreNegation: true, re: /\bwish (?:that )?i (?:was not|were not|was never|were never|was no longer|were no longer) (?:alive|here|born|around)\b/g },
  { signal: 'passive_ideation', weight: 1, self: true, hyperbole: true, re: /\b(?:want|wanted|wish|wishing|need) to be dead\b/g },
  { signal: 'passive_ideation', weight: 1, re: /\b(?:death|dying|being dead|not being alive|not existing|not waking up) (?:would be|is|sounds like|sounds|feels like|seems like|seems) (?:a |such a |so |much |the )?(?:relief|release|mercy|escape|answer|only way|only option|welcome|peaceful|easier|better|nice|good)\b/g },
  { signal: 'passive_ideation', weight: 0.8, self: true, re: /\b(?:want|wanted|wish|wishing|need) to (?:sleep|go to sleep|fall asleep) (?:forever|for ever|permanently|and never wake up|and not wake up)\b/g },
  { signal: 'passive_ideation', weight: 0.6, self: true, re: /\b(?:should|could|might as well|will|would rather) (?:just )?(?:disappear|vanish|not exist|not be here|stop existing|be gone)\b(?! (?:for|to|into|under|on|from the party|from work|early)\b)/g },
  { signal: 'passive_ideation', weight: 1, self: true, re: /\bbetter off (?:dead|gone|not here|not alive|not existing|not around|not born)\b/g },
  { signal: 'passive_ideation', weight: 1, ignoreNegation: true, re: /\b(?:should not|do not deserve to|should never|was never meant to|was not meant to) (?:be alive|be born|have been born|live|exist|be here anymore)\b/g },
  { signal: 'passive_ideation', weight: 0.8, hyperbole: true, re: /\bhope (?:that )?i (?:get|got) (?:hit by|run over by|killed by) (?:a|the|some) (?:car|bus|truck|lorry|train)\b/g },
  { signal: 'passive_ideation', weight: 0.4, self: true, re: /\bi (?:just |really )?want (?:to stop|it to stop|to rest forever|the pain to end)$/g },
  { signal: 'passive_ideation', weight: 1, self: true, re: /\b(?:want|wanna|wish|wishing|ready|need|long) to be gone\b(?! (?:by|before|for|from|in|at|on|when|until|till)\b)/g },
  { signal: 'passive_ideation', weight: 1, re: /\b(?:disappointed|upset|sad|angry|annoyed|gutted|sorry) (?:that |when |to find |to see that )?i (?:woke up|wake up|am still alive|am still here|survived|did not die|keep waking up)\b(?! (?:so |too |really )?(?:late|early|at|with|to|in|on|after|before|from|the)\b)/g },
  { signal: 'passive_ideation', weight: 1, ignoreNegation: true, re: /\b(?:not|never|no longer) (?:really |even |ever |actually )?(?:want|wish|wanting|care|deserve) to (?:live|be alive|exist|keep living|keep existing|go on living)\b(?! (?:in|with|at|near|by|on|there|here|abroad|alone|together|like)\b)/g },
  { signal: 'passive_ideation', weight: 1, ignoreNegation: true, re: /\b(?:not|never|no longer) (?:really |even |ever |actually )?(?:want|wish|wanting) to (?:be here|be around) (?:anymore|ever again|much longer|after this)\b/g },
  { signal: 'passive_ideation', weight: 0.5, ignoreNegation: true, re: /\b(?:not|never|no longer) (?:really |even |actually )?(?:want|wish|wanting) to (?:be here|be around)$/g },
  { signal: 'passive_ideation', weight: 1, ignoreNegation: true, re: /\b(?:not|never|no longer) (?:really |even |ever |actually )?(?:want|wish|wanting) to wake up(?: again| ever again| tomorrow| in the morning| anymore)?$/g },
  { signal: 'passive_ideation', weight: 1, ignoreNegation: true, re: /\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:do not|never|will not|would not|would never|could not) wake up\b/g },
  { signal: 'passive_ideation', weight: 1, ignoreNegation: true, re: /\b(?:sleep|sleeping|bed) and (?:never|not) wake up\b/g },
  { signal: 'passive_ideation', weight: 1, re: /\b(?:wish|wishing|hope|hoping|pray|praying) (?:that )?(?:a|some|the) (?:car|bus|truck|lorry|train|plane) (?:would |will |could )?(?:hit|hits|run me over|runs me over|kill|kills|crash|crashes)\b/g },
  { signal: 'passive_ideation', weight: 1, ignoreNegation: true, re: /\b(?:would not|will not|would never|do not|does not|would hardly) (?:mind|care) if i (?:died|die|was dead|were dead|did not wake up|never woke up|got hit|do not wake up|never wake up)\b/g },
  { signal: 'passive_ideation', weight: 1, self: true, re: /\b(?:tired|sick|exhausted) of (?:living|being alive|existing|life itself|this life)\b/g },
  { signal: 'passive_ideation', weight: 1, self: true, re: /\b(?:want|wanted|wish|wishing|need) to (?:disappear|vanish|fade away|not exist|stop existing|cease to exist) (?:forever|for good|permanently|completely|and never come back|from (?:this|the) world)\b/g },
  { signal: 'passive_ideation', weight: 0.6, self: true, re: /\b(?:want|wanted|wish|wishing|need) to (?:disappear|vanish|fade away|not exist|stop existing|cease to exist)$/g },
  { signal: 'passive_ideation', weight: 0.6, self: true, re: /\bwant (?:it|everything|it all|the pain|this|all of this|life) to (?:stop|end|be over)(?: forever| for good| permanently)?\b/g },
  { signal: 'passive_ideation', weight: 0.6, self: true, re: /\b(?:imagine|imagining|imagined|picture|picturing|pictured|plan|planning|planned) my (?:own )?(?:funeral|death)\b/g },
  { signal: 'passive_ideation', weight: 0.5, self: true, re: /\b(?:do not|does not) (?:care|mind) (?:if i live or die|whether i live or die|what happens to me)\b/g },

  // --- method seeking -----------------------------------------------------------------------
  { signal: 'method_seeking', weight: 1, re: new RegExp(`\\bhow many (?:[a-z]+ ){0,2}${drugs} (?:would it take|does it take|would kill|will kill|would it take to|do i need to|to (?:die|overdose|kill|end it|not wake up)|is (?:lethal|fatal|deadly|an overdose|too many to survive)|are (?:lethal|fatal|deadly))\\b`, 'g') },
  { signal: 'method_seeking', weight: 1, re: /\bhow (?:many|much) (?:[a-z]+ ){0,3}(?:would|will|could|does it take to|to) (?:kill|killed) (?:me|a person|someone|you|an adult)\b/g },
  { signal: 'method_seeking', weight: 1, seeking: true, re: /\b(?:lethal|fatal|deadly) (?:dose|doses|amount|amounts|quantity|level)\b/g },
  { signal: 'method_seeking', weight: 1, re: new RegExp(`\\b(?:tallest|highest|biggest|high|tall) ${heights} (?:[a-z]+ ){0,2}${nearby}\\b`, 'g') },
  { signal: 'method_seeking', weight: 1, re: new RegExp(`\\b${heights} ${nearby} (?:that are |high enough|tall enough|to jump)`, 'g') },
  { signal: 'method_seeking', weight: 1, re: /\bhow (?:high|far|tall) (?:do you|would i|would you|does one|do i|does a person) (?:need|have) to (?:jump|fall)\b/g },
  { signal: 'method_seeking', weight: 1, re: /\b(?:high|tall|far) enough to (?:die|kill (?:me|you|someone)|be fatal)\b/g },
  { signal: 'method_seeking', weight: 1, re: /\b(?:most painless|painless|quickest|quick|fastest|easiest|easy|best|surest|least painful|quietest|simplest|peaceful|reliable) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill myself|killing myself|end it|ending it|end my life|ending my life|commit suicide|suicide|overdose|overdosing|kill yourself|killing yourself)\b/g },
  { signal: 'method_seeking', weight: 1, re: /\bhow long (?:does it|would it|will it|do you|would i) (?:take|need|last) to (?:die|bleed out|drown|suffocate|lose consciousness|pass out and die)\b/g },
  { signal: 'method_seeking', weight: 1, re: /\bhow (?:to|do you|do i|would i|would you|can i|could i|does one) (?:hang|drown|poison|suffocate|shoot|kill|gas) (?:myself|yourself|oneself)\b/g },
  { signal: 'method_seeking', weight: 1, re: /\bhow (?:to|do you|do i|can i|could i|would i) (?:overdose|commit suicide)\b/g },
  { signal: 'method_seeking', weight: 1, re: /\b(?:tie|tied|tying|make|made|making|bought|buy|buying|have|got|get) (?:a |the )?noose\b/g },
  { signal: 'method_seeking', weight: 1, self: true, re: new RegExp(`\\b(?:stockpile|stockpiling|stockpiled|saving up|saved up|been saving|hoarding|hoarded|collecting|collected|storing up|stored up) (?:my |some |all my |all of my |of my |up my |enough )?${drugs}\\b`, 'g') },
  { signal: 'method_seeking', weight: 1, re: /\b(?:research|researching|researched|looking up|looked up|look up|googling|googled|google|searching|searched|search|reading about|read about) (?:ways|methods|how) to (?:die|kill myself|end my life|end it|commit suicide|overdose)\b/g },
  { signal: 'method_seeking', weight: 0.8, self: true, re: /\b(?:have|got|bought|get) (?:the|a|my) (?:rope|gun|pills|tablets|blade|razor) (?:ready|sorted|hidden)\b/g },
  { signal: 'method_seeking', weight: 0.8, self: true, re: /\b(?:pills|tablets|blade|razor|rope|gun) (?:in front of me|in my hand|lined up|counted out|ready on the table)\b/g },
  { signal: 'method_seeking', weight: 0.8, self: true, re: /\b(?:put|putting|keep|keeping|hid|hidden|hide|hiding|packed|stashed|stash) (?:a |the |some )?(?:rope|noose|razor blades?|blades?|gun|pills|tablets) (?:in|under|behind) (?:my|the) (?:bag|car|room|bed|drawer|pocket|wardrobe|closet)\b/g },
  { signal: 'method_seeking', weight: 0.8, self: true, re: new RegExp(`\\b(?:bought|buying|buy|got|getting) (?:more |extra |enough )?${drugs} (?:from|at) (?:different|several|multiple|two|three|four|five|lots of|a few|a couple of)(?: different| separate)? (?:shops|pharmacies|chemists|stores|places|supermarkets)\\b`, 'g') },
  { signal: 'method_seeking', weight: 0.6, self: true, unless: /\b(?:sorted|organised|organized|packed|trip|holiday|prescription|refill|pharmacy|chemist|pill ?box|dosette|with me|in my bag for)\b/, re: /\b(?:have|got|holding|collected|gathered|counted) (?:[a-z]+ ){0,6}?(?:all|every one of|the rest of) (?:my|the) (?:pills|meds|tablets|medication|painkillers|sleeping pills)\b/g },
  { signal: 'method_seeking', weight: 0.4, self: true, re: /\b(?:looking|look|looked|stare|staring|stared) at the (?:knife drawer|knives|pills|rope|train tracks|tracks|edge|drop|pill bottle|medicine cabinet)\b/g },
  { signal: 'explicit_intent', weight: 1, self: true, re: new RegExp(`\\b(?:took|taken|swallowed|take|taking|swallow) (?:\\d{2,}|a dozen|twenty|thirty|forty|fifty|sixty|a hundred) (?:of (?:my |the )?)?(?:[a-z]+ )?${drugs}\\b`, 'g') },
  { signal: 'self_harm', weight: 0.8, self: true, re: /\b(?:want|need|wanted|needed) to (?:bleed|feel pain|see blood|feel the pain)\b(?! (?:for|to|when|of)\b)/g },

  // --- self-harm ------------------------------------------------------------------------------
  {
    signal: 'self_harm',
    weight: 1,
    self: true,
    re: /(?<!\b(?:accidentally|nearly|almost) )\b(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harming|harmed|hit|hitting|punch|punching|punched|scratch|scratching|scratched|starve|starving|starved|bang|banging|banged) myself\b(?! (?:shaving|cooking|chopping|gardening|playing|lifting|running|training|falling|tripping|slipping|skiing|climbing|cycling|dancing|moving|by accident|accidentally|at the gym|at football|at work|in the kitchen|when i fell|while|on (?!purpose)(?:a|an|the|my|some|that|this)\b|with (?:a|the) (?:knife|razor|kettle|iron) (?:while|by accident))\b)/g,
  },
  { signal: 'self_harm', weight: 1, self: true, re: /\bself harm(?:ing|ed|s)?\b(?! (?:awareness|prevention|training|support|charity|services?|team|research|helpline|course|leaflet|policy))/g },
  { signal: 'self_harm', weight: 1, re: /\b(?:urge|urges) to (?:cut|self harm|hurt myself|harm myself|burn myself|burn)\b/g },
  { signal: 'self_harm', weight: 1, self: true, re: /\b(?:cutting|burning) again\b/g },
  { signal: 'self_harm', weight: 1, self: true, re: /^(?:i )?(?:cut|burned|burnt|hurt myself|harmed|self harmed) again\b/g },
  { signal: 'self_harm', weight: 1, self: true, re: /\b(?:scratch|scratching|scratched|hit|hitting|bite|biting|bit|pick|picking|picked|punch|punching|dig|digging) (?:at )?my (?:arms?|skin|legs?|wrists?|thighs?|face|hands?|stomach) (?:until|till|so) (?:it|they|i) (?:bleed|bleeds|bled|bruise|bruises|bruised)\b/g },
  { signal: 'self_harm', weight: 1, self: true, re: /\b(?:used|took|take|use|using|taking) (?:a|the|my) (?:razor|blade|knife|lighter|compass) (?:on|to) my (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b/g },
  { signal: 'self_harm', weight: 0.8, self: true, re: /\b(?:fresh|new|deep) (?:cuts|scars|wounds|burns) on my\b|\b(?:hiding|hide|hid|cover|covering|covered) (?:my|the) (?:cuts|scars|wounds|burns)\b/g },
  { signal: 'self_harm', weight: 1, self: true, re: /\b(?:cut|cutting|slit|slitting|slash|slashing|burn|burning|carve|carving) (?:into )?my (?:wrists?|arms?|thighs?|legs?|skin|stomach)\b(?! (?:shaving|on (?!purpose)))/g },

  // --- farewell and preparation ----------------------------------------------------------------
  { signal: 'farewell', weight: 0.8, self: true, unless: everydayFarewell, re: /\bthis is (?:my )?(?:goodbye|the end)\b(?! (?:for now|for today|for the (?:day|week|year|season|summer)|until|till|of|see you))/g },
  { signal: 'farewell', weight: 0.8, unless: everydayFarewell, re: /\b(?:goodbye|bye|farewell) (?:everyone|everybody|world|cruel world|all|forever|for good)\b(?! (?:at|from|in) )/g },
  { signal: 'farewell', weight: 1, re: /\bby the time (?:you|anyone|someone|they|you all|my family) (?:read|reads|see|sees|find|finds|hear|hears) (?:this|me)\b/g },
  { signal: 'farewell', weight: 1, self: true, re: /\b(?:suicide|goodbye|farewell|last) (?:note|notes|letter|letters)\b/g },
  {
    signal: 'farewell',
    weight: 0.8,
    self: true,
    when: /\b(?:just in case|in case something happens|to say goodbye|saying goodbye|explaining why|saying sorry|for when i am gone|for after)\b/,
    re: /\b(?:written|wrote|writing|write|left|leaving) (?:a |my )?(?:note|notes|letter|letters) (?:to|for) (?:my |all my |each of my )?(?:family|parents|kids|children|mum|mom|dad|wife|husband|partner|everyone|loved ones|friends)\b/g,
  },
  { signal: 'farewell', weight: 0.8, ignoreNegation: true, unless: everydayFarewell, re: /\b(?:will not|am not going to|will no longer|probably will not|might not|would not) (?:still )?be (?:around|here|alive|a problem|a burden|in (?:your|their|anyone|everyone) way) (?:[a-z]+ ){0,3}?(?:much longer|for much longer|for long|anymore|any more|after tonight|tomorrow|by (?:tomorrow|morning|the weekend|then|christmas|my birthday|next (?:week|month|year)))\b/g },
  {
    signal: 'farewell',
    weight: 0.8,
    ignoreNegation: true,
    unless: everydayFarewell,
    re: /\b(?:do not|can not|could not) (?:think|see|imagine|expect)(?: that)? (?:i will|i would|i am going to|myself|me) (?:still )?(?:be|being) (?:here|around|alive) (?:by|for|at|in|next|this|much longer|for long|to see)\b/g,
  },
  { signal: 'farewell', weight: 0.6, unless: everydayFarewell, re: /\b(?:when|after|once) i am (?:gone|dead|no longer here|not here anymore|not around anymore)\b(?! (?:on|for|to|away|out|back|abroad)\b)/g },
  {
    signal: 'farewell',
    weight: 0.8,
    self: true,
    unless: everydayFarewell,
    re: /\b(?:giving|given|gave|give|gives) away (?:(?:all|most|some|a lot) (?:of )?)?(?:my (?:things|stuff|belongings|possessions|prized possessions|favourite things|favorite things|treasures|most precious things)|everything i own|everything|all my things)\b/g,
  },
  { signal: 'farewell', weight: 0.6, re: /\bwill not (?:need|be needing) (?:it|them|any of it|any of this|my things|my stuff|these) (?:anymore|any more|where i am going|after)/g },
  { signal: 'farewell', weight: 0.6, re: /\bi will not need (?:it|them|any of it)$/g },
  { signal: 'farewell', weight: 0.6, self: true, re: /\b(?:said|saying|say) my goodbyes\b/g },
  { signal: 'farewell', weight: 0.6, self: true, unless: everydayFarewell, re: /\b(?:said|saying|say) (?:my )?goodbyes? to (?:everyone|everybody|the people|the ones|all the people|my family|my friends|the people who|those who)\b(?: (?:who|that) (?:matter|i love|matter to me|care))?/g },
  { signal: 'farewell', weight: 0.4, re: /\b(?:it is|it will be|this is) (?:better|easier|best) (?:this way|for everyone)\b/g },
  { signal: 'farewell', weight: 0.6, self: true, unless: everydayFarewell, re: /\b(?:my|this is my|as my) (?:last|final) (?:entry|post|message|words|journal entry|note)\b/g },
  { signal: 'farewell', weight: 0.4, self: true, re: /\b(?:left|leave|leaving|wrote|written) (?:a|my) (?:note|letter) (?:for|to) (?:my |all my )?(?:mum|mom|dad|mother|father|family|parents|kids|children|wife|husband|partner|boyfriend|girlfriend|sister|brother|best friend|friends)\b/g },
  { signal: 'farewell', weight: 0.4, re: /\b(?:i am )?sorry for everything\b/g },
  { signal: 'farewell', weight: 0.4, re: /\b(?:tonight|today) is the (?:night|day)\b/g },
  { signal: 'farewell', weight: 0.6, self: true, re: /\b(?:put|putting|get|getting|got) my affairs in order\b/g },

  // --- burden ---------------------------------------------------------------------------------
  { signal: 'burden', weight: 1, re: /\b(?:better off|happier|better place|better) without me\b(?! (?:on|in|at|for) (?:this|the|that|our|my|a) (?:team|project|trip|call|meeting|committee|group|course|class|game|match|shift|rota|panel|board|tour|holiday|weekend)\b)/g },
  { signal: 'burden', weight: 1, re: new RegExp(`\\b(?:better off|happier|better place|easier|better|relieved) ${goneIf}`, 'g') },
  { signal: 'burden', weight: 1, re: new RegExp(`\\b${nobody} (?:cares|would care|will care|would notice|notices|would even notice) (?:if|whether) i (?:live or die|lived or died|died|die|was dead|was gone)\\b`, 'g') },
  { signal: 'burden', weight: 1, re: new RegExp(`\\b${nobody} (?:would|will|is going to|is gonna|even) (?:even |really |ever )?(?:miss|notice|care|mourn|cry)(?: me)? ${goneIf}`, 'g') },
  { signal: 'burden', weight: 0.8, re: new RegExp(`\\b${nobody} (?:would|will|is going to) (?:even |really |ever )?(?:miss|mourn) me$`, 'g') },
  { signal: 'burden', weight: 0.5, re: /\b(?:would|will|would all|will all) be (?:fine|okay|ok|alright|all right) without me\b(?! (?:for|at|on|tonight|today|this)\b)/g },
  { signal: 'burden', weight: 0.5, re: /\bdeserve (?:someone|somebody|a mum|a mom|a dad|a mother|a father|a wife|a husband|a partner|a friend) (?:better|so much better) than me\b/g },
  { signal: 'burden', weight: 0.6, re: /\bi (?:am|feel like|feel|have become|am becoming|am always|have always been|am nothing but)(?: just| only| such| like)? (?:a|an|the) (?:burden|waste of space|waste of oxygen|waste of air|drain on everyone)\b/g },
  { signal: 'burden', weight: 0.6, re: /\b(?:burden|drain) (?:to|on) (?:everyone|everybody|my family|my (?:kids|children|parents|partner|wife|husband|friends)|the people i love)\b/g },

  // --- hopelessness ---------------------------------------------------------------------------
  { signal: 'hopelessness', weight: 0.6, ignoreNegation: true, re: /\b(?:can not|could not) (?:do|take|handle|bear|stand|cope with|live with) (?:this|it|any of this|this life|life|any more of this|the pain|this pain|everything|my life|living|being alive|being me) (?:anymore|any more|any longer)\b/g },
  { signal: 'hopelessness', weight: 0.6, ignoreNegation: true, re: /\b(?:can not|could not) (?:cope|carry on|keep going|keep living) (?:anymore|any more|any longer)\b/g },
  { signal: 'hopelessness', weight: 0.8, ignoreNegation: true, re: /\b(?:can not|could not) (?:go on|carry on|keep going|keep living)(?: like this| this way| anymore| any more| any longer| living)?$/g },
  { signal: 'hopelessness', weight: 0.8, ignoreNegation: true, re: /\b(?:can not|could not) (?:go on|carry on|keep going|keep living) (?:like this|this way|living)\b/g },
  { signal: 'hopelessness', weight: 0.8, ignoreNegation: true, re: /\bdo not (?:think|know if|know how|see how) i can (?:keep going|go on|carry on|keep living|do this anymore|take (?:it|this|much more)|survive this|cope)/g },
  { signal: 'hopelessness', weight: 1, re: /\bno (?:point|reason|purpose|use) (?:in |to |of )?(?:living|life|being alive|existing|going on|carrying on|keeping going|me being here|staying alive)\b/g },
  { signal: 'hopelessness', weight: 1, re: /\bno reason (?:for me )?(?:to |left to )(?:live|keep going|go on|carry on|stay alive|be here|stay|keep living)\b/g },
  { signal: 'hopelessness', weight: 0.6, re: /\b(?:there is |there are )?no point(?: anymore| any more| in anything| to anything| in trying anymore| in trying| to any of it)?$/g },
  { signal: 'hopelessness', weight: 0.8, re: /\bwhat is the point (?:of |in )(?:living|life|anything|going on|being alive|it all|carrying on|trying anymore|me|existing)\b/g },
  { signal: 'hopelessness', weight: 0.6, re: /\bwhat is the point (?:anymore|any more)\b/g },
  { signal: 'hopelessness', weight: 0.4, re: /\bwhat is the point$/g },
  { signal: 'hopelessness', weight: 0.8, ignoreNegation: true, re: /\b(?:do not|can not|could not|no longer) see (?:the|any) point (?:in |of |to )?(?:anything|living|life|going on|carrying on|any of it|trying|it all|being alive|being here|existing)\b/g },
  { signal: 'hopelessness', weight: 0.6, ignoreNegation: true, re: /\b(?:do not|can not|could not|no longer) see (?:the|any) point(?: anymore)?$/g },
  { signal: 'hopelessness', weight: 0.6, self: true, re: /\b(?:life|my life|everything|it all|living|existence|being alive) (?:is|feels|seems) (?:so |completely |totally |utterly |just )?(?:pointless|meaningless|hopeless|unbearable)\b/g },
  { signal: 'hopelessness', weight: 1, re: /\bnothing (?:left )?to live for\b/g },
  { signal: 'hopelessness', weight: 0.5, self: true, re: /\b(?:feel like|thinking about|thinking of|ready to|want to|about to) (?:just )?giv(?:e|ing) up(?: on (?:life|living|everything|myself|it all))?$/g },
  { signal: 'hopelessness', weight: 0.6, self: true, re: /\b(?:feel like|thinking about|thinking of|ready to|want to|about to) (?:just )?giv(?:e|ing) up on (?:life|living|everything|myself|it all)\b/g },
  { signal: 'hopelessness', weight: 0.4, self: true, re: /\bi (?:just )?want out$/g },
  { signal: 'hopelessness', weight: 0.8, ignoreNegation: true, re: /\b(?:do not have|have no|lost|lost all|have lost|have lost all|there is no|have not got|got no|out of|running out of) (?:the |any |my )?(?:strength|energy|will|reason|motivation|fight|desire) (?:left )?to (?:keep living|live|go on|keep going|carry on|stay alive|keep fighting|be alive|exist)\b(?! (?:to|with|at|for)\b)/g },
  { signal: 'hopelessness', weight: 0.5, self: true, re: /\b(?:tired|sick|exhausted|worn out) of (?:fighting|trying|pretending|being me|being myself|everything|struggling|surviving|hurting|feeling like this)\b(?! (?:with|for|to|about|over)\b)/g },
  { signal: 'hopelessness', weight: 0.5, re: /\bnothing (?:matters|means anything|feels real) (?:anymore|any more|to me)\b/g },
  { signal: 'hopelessness', weight: 0.6, self: true, hyperbole: true, re: /\b(?:my life is over|i have no future|there is no future for me|i have nothing left|i have got nothing left|i have nothing to give)\b(?! (?:if|when|unless|once|because)\b)/g },
  { signal: 'hopelessness', weight: 1, ignoreNegation: true, re: /\b(?:life|my life|living|existence|it) (?:is not|is no longer|is not really|has not been) worth (?:living|it anymore)\b/g },
  { signal: 'hopelessness', weight: 1, ignoreNegation: true, re: /\bnot worth living\b/g },
  { signal: 'hopelessness', weight: 0.6, self: true, re: /\bhopeless\b(?! (?:at|with|romantic|case)\b)(?! about (?!(?:everything|the future|my future|life|my life|it all|things|anything|myself)\b))/g },
  { signal: 'hopelessness', weight: 0.6, ignoreNegation: true, re: /\bnothing (?:will|is going to|is ever going to|will ever|is ever gonna|ever) (?:ever )?(?:get|be|feel) (?:any )?(?:better|okay|ok|right)\b(?! than)/g },
  { signal: 'hopelessness', weight: 0.6, ignoreNegation: true, re: /\bnothing (?:will|is going to|is ever going to|will ever|ever) (?:ever )?(?:change|improve|changes|improves)\b(?! (?:my|your|his|her|the|that|this|it|their|our)\b)/g },
  { signal: 'hopelessness', weight: 0.8, ignoreNegation: true, re: /\b(?:not|never) (?:really |even )?(?:want|wish) to (?:live|keep living|go on|carry on) (?:like this|this way)\b/g },
  { signal: 'hopelessness', weight: 0.6, ignoreNegation: true, re: /\b(?:will|is going to|is|am) never (?:going to )?(?:get|be|feel) (?:any )?(?:better|okay|ok|happy again)\b/g },
  { signal: 'hopelessness', weight: 0.6, ignoreNegation: true, re: /\bno hope (?:left|anymore|any more|for me|at all)\b/g },
  { signal: 'hopelessness', weight: 0.6, re: /\bno way out\b(?!(?: of)? (?:this |the |my |that |our |a )?(?:contract|lease|deal|mortgage|loan|agreement|meeting|subscription|car park|building|maze|room|traffic|escape room|queue|game|level)\b)(?! without)/g },
  { signal: 'hopelessness', weight: 0.8, self: true, re: /\b(?:done|finished) with (?:life|living|everything|it all|being alive|this life|existing)\b/g },
  { signal: 'hopelessness', weight: 0.6, self: true, re: /\bgive up on (?:life|living|everything|myself|it all)\b/g },
  { signal: 'hopelessness', weight: 0.6, ignoreNegation: true, re: /\b(?:do not|can not|could not) see (?:a|any) (?:future|way forward|way out|point|reason to live|light)(?! with| in (?:this|that|the) (?:job|company|relationship|team))/g },
  { signal: 'hopelessness', weight: 0.4, self: true, re: /\bi am done$/g },
  { signal: 'hopelessness', weight: 0.4, re: /\bi (?:give|am giving|have given) up$/g },
  { signal: 'hopelessness', weight: 0.3, self: true, re: /\b(?:worthless|dead inside|empty inside|hate myself|hate my life|a failure at everything)\b/g },
  { signal: 'hopelessness', weight: 0.3, self: true, re: /\b(?:feel|feeling|felt|am|so) (?:completely |totally |so )?(?:trapped|numb)\b/g },
];
