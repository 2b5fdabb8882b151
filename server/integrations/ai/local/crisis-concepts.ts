import { drugs, everydayFarewell, type Pattern } from './crisis-patterns.ts';

/**
 * The concept layer of the crisis detector (see crisis.ts). The phrase patterns in
 * crisis-patterns.ts need the exact words; these rules instead combine broad word families: a
 * risk CONCEPT (death and not existing, a means or method, self-harm on one's own body, farewell
 * and putting affairs in order, being a burden or absent, hopelessness with a duration) with a
 * CUE that makes it about the writer now (a wish, plan, fixation, modal or "if I ..." before it, a
 * question or search, a place or time). The same scoping rules apply as to the phrase patterns
 * (negation, another subject, talk of long ago, jokes, words after the match that end it); in
 * addition a sentence about a work of fiction or the news, or about recovery, does not count here.
 *
 * Every gap is bounded (`gap(n)`: at most n words), so matching stays linear in the input.
 */

/** At most `n` words (each followed by a space). */
const gap = (n: number): string => `(?:[a-z0-9-]+ ){0,${n}}`;
const alt = (words: string): string => `(?:${words.trim().split(/\s*\|\s*/).join('|')})`;

// --- word families --------------------------------------------------------------------------------

/** A wish, plan, fixation or leaning: what turns a concept into the writer's own. */
const stance = alt(`want | wants | wanted | wanting | wish | wishing | wished | need | long | longing | crave | craving | ready | plan | planning | planned |
  decided | deciding | tempted | tempting | urge | urges | feel like | felt like | close to | thinking about | think about | thought about | thinking of | thought of |
  keep thinking about | imagine | imagining | picture | picturing | fantasise | fantasize | fantasising | fantasizing | dream of | dream about | dreaming of |
  dreaming about | hope | hoping | pray | praying | waiting for | wait for | might as well | could just | should just | so easy to | easy to |
  only way | only option | only answer | obsessed with | obsessing over | romanticising | romanticizing`);
/** A stance that also announces an act ("going to", "about to"): only before an active death word or a method. */
const actStance = `(?:${stance.slice(3, -1)}|going|about to|would rather)`;

/** Dying, being dead, not existing, not waking or coming back; "the end of me". */
const passiveDeath = alt(`die | dying | be dead | being dead | not wake up | not waking up | never wake up | never waking up | not come back | never come back |
  not coming back | never coming back | stop living | stopped living | stop existing | stopped existing | stop breathing | stopped breathing | not exist | not existing |
  cease to exist | not be here | not being here | not be around | not being around | not be alive | not being alive | be gone | being gone | disappear forever |
  disappear for good | vanish forever | vanish for good | sleep forever | sleep for ever | go to sleep forever | not survive | not make it | it to be over |
  it all to be over | it all to end | it to end | everything to end | it all to stop | not be in this world`);
/** Ending one's life actively. */
const activeDeath = alt(`kill myself | killing myself | end it | ending it | end it all | ending it all | end things | ending things | end my life | ending my life |
  end everything | ending everything | suicide | take my life | taking my life | take my own life`);
/** After a death word, the everyday uses: "dying to see", "die of embarrassment", "die laughing". */
const notDeathAfter = '(?! (?:of|from|for|laughing|to|inside|tired|with|by|hair|happy|old|alone|someday|one day|eventually|peacefully|early|already on|down|up|between|off|than|my|your|his|her|their|the|it|them|a|an)\\b)';

/** Means and methods as acts ("jump off", "take all my pills", "walk into the sea"). */
const methodAct = alt(`jump off | jump from | jump in front of | jumping off | jumping from | jumping in front of | jumped off | jumped from | jumped in front of |
  step in front of | stepping in front of | step off | stepping off | step forward | stepping forward | throw myself | throwing myself | walk into the sea | walking into the sea |
  walk into the river | walking into the river | walk into the ocean | walking into the ocean | walk into traffic | walking into traffic | hang myself | hanging myself |
  drown myself | drowning myself | overdose | overdosing | take all | taking all | take every | taking every | take a whole | taking a whole | swallow all |
  swallowing all | bleed out | bleeding out | slit my | slitting my | drive off the road | driving off the road | drive off a | driving off a | drive off the bridge |
  drive into a | driving into a | drive into the | driving into the | crash my car | crashing my car | crash the car | shoot myself | shooting myself | gas myself |
  suffocate | suffocating | fall from | falling from | let go of the railing | let go of the rail | let go of the edge`);
/** Places that a method needs; a step or a jump counts only with one of them in the sentence. */
const dropPlace = /\b(?:train|trains|platform|tracks|railway|rail line|edge|ledge|roof|rooftop|bridge|cliff|balcony|window|tower|car park|multi storey|traffic|motorway|road|river|sea|ocean|height|top floor|building)\b/;
/** Sport, play and idiom that share the words of a method. */
const methodSafe =
  /\b(?:bungee|bungy|cliff jumping|diving|dive|swim|swimming|pool|trampoline|parachute|parachuting|skydiv\w*|abseil\w*|queue|ship|conclusions|chance|on a call|pier|with the kids|rope swing|puddles?|hoops|crash course|crash on|crash at|crashed on|crashed at|career|role|opportunity|stage|limelight|plate|bandwagon|gun club|clay|shooting range|range|hunting|climbing|camping|sailing|knots?|step forward (?:in|as|with)|stepping forward (?:in|as|with))\b/;

/** Named means: drugs, ropes, guns, blades, gas. */
const meansWord = new RegExp(`\\b(?:${drugs}|sleeping pills|rope|noose|gun|guns|shotgun|rifle|pistol|firearm|razor|razors|blade|blades|knife|knives|carbon monoxide|exhaust fumes|charcoal|helium|bleach|antifreeze|poison|bleed|bleed out|bleeding out|wrists?|neck|artery|drown|drowning|hanging|hang|noose|train|bridge|cliff|jump|jumping|fall from)\\b`);
/** A question about how deadly, quick or painless a means is, or where to get it unnoticed. */
const lethalCue =
  /\b(?:painless|painlessly|quick|quicker|quickest|fastest|how long|lethal|fatal|deadly|most dangerous|dangerous in large|stop (?:my|your|the|a) heart|kill (?:me|you|a person|someone|an adult)|to die|die from|would it hurt|does it hurt|will it hurt|what happens to (?:your|my|the) body|a whole (?:box|bottle|packet|pack)|the whole (?:box|bottle|packet|pack)|without a licen[cs]e|without (?:a )?prescription|without anyone|no questions asked|nearest place|(?:where|how) (?:can|could|do|would) (?:i|you|one|someone) (?:buy|get|find)|buy (?:a|some)|get (?:a|hold of))\b/;
/** Medical, household and hobby questions that share those words. */
const seekingSafe =
  /\b(?:safe|safely|safer|headache|migraine|period pain|toothache|kick in|to work|per day|a day|recommended|maximum dose|max dose|prescribed|side effects|interact|interaction|mix|mixing|flight|dog|dogs|cat|cats|pet|child|children|kid|kids|baby|toddler|vet|clay|hunting|range|club|climbing|camping|boat|sailing|knot|swing|gym|recipe|film|movie|game|novel|story|book|character|history|statistics|prevention|awareness|survive a|survive the|first aid|stop the bleeding|stop bleeding|licence test|license test|permit)\b/;
/** Search and research verbs. */
const searchCue = /\b(?:googled|google|googling|searched|search|searching|looked up|look up|looking up|researching|research|researched|reading about|read about|read up on|looking into|looked into|find out|want to know|wondering|need to know|does anyone know|anyone know)\b/;

/** Acts of self-harm, and the body or reason that makes them self-harm. */
const harmVerb = alt(`cut | cuts | cutting | burn | burned | burnt | burning | hit | hitting | bang | banged | banging | scratch | scratched | scratching | punch | punched |
  punching | bite | biting | carve | carved | carving | hurt | hurting | punish | punishing | punished | starve | starving | bruise | bruised | slice | sliced | slicing`);
const ownBody = alt(`myself | my arm | my arms | my wrist | my wrists | my leg | my legs | my thigh | my thighs | my skin | my stomach | my body | my head | my face |
  my hand | my hands | my hips | my chest | my fist | my fists`);
/** Accidents and chores that share the words of self-harm. */
const harmSafe =
  /\b(?:accident|accidentally|by mistake|chopping|cooking|baking|shaving|shaver|oven|kettle|iron|toast|stove|hob|pan|gym|workout|fell|fall|tripped|slipped|bike|football|rugby|onions?|garden|gardening|playing|sunburn|sunburnt|sun|paper cut|door|doorframe|cupboard|ceiling|beam|shelf|table|bumped|stubbed|banged into|hair|fringe|carbs|sugar|costs|corners|ties)\b/;

/** Fiction, media, the news: a concept in them is the topic, not the writer. */
const mediaTopic =
  /\b(?:film|films|movie|movies|novel|novels|character|characters|narrator|protagonist|heroine|hero|villain|game|documentary|episode|series|season|song|lyrics|album|book|play|scene|story|article|news|headline|podcast|tv|netflix|show|poem|comic|manga|anime)\b/;
/** Recovery said of the present ("three years clean", "therapy helped"); a relapse overrides it. */
export const recoveryCue =
  /\b(?:years clean|months clean|weeks clean|days clean|clean for|clean since|in recovery|recovered|recovering well|therapy (?:really )?(?:helped|helps|worked|is working)|meds (?:really )?(?:helped|worked|are working)|(?:am|feel) (?:doing )?(?:so much |much |a lot )?(?:better|well) now|doing (?:really )?well now|proud of (?:myself|how far)|went away|have stopped|has stopped|have gone|has gone|have passed|have faded|have eased|not anymore)\b/;
export const relapseCue = /\b(?:relapse|relapsed|relapsing|again|tonight|today|right now)\b/;

// --- rules ----------------------------------------------------------------------------------------

const concept = (pattern: Omit<Pattern, 're'> & { source: string }): Pattern => {
  const { source, ...rest } = pattern;
  return { ...rest, concept: true, re: new RegExp(source, 'g') };
};

/**
 * The concept rules. Weights as for the phrase patterns (1 = crisis alone, 0.5-0.8 = concern
 * alone, below 0.5 only with another sign); these are deliberately sensitive: a false alarm costs
 * a gentle check-in, a miss can cost a life.
 */
export const conceptPatterns: Pattern[] = [
  // A stance before a death word ("I keep picturing myself not waking up", "all I want is it all to end").
  concept({ signal: 'passive_ideation', weight: 1, self: true, hyperbole: true, source: `\\b${stance} ${gap(6)}${passiveDeath}\\b${notDeathAfter}` }),
  concept({ signal: 'explicit_intent', weight: 1, self: true, hyperbole: true, source: `\\b${actStance} ${gap(5)}${activeDeath}\\b(?! (?:with|between|off|early|at work|for the day|prevention|awareness|squad|than|laughing)\\b)` }),
  // "I think about death all the time now"
  concept({ signal: 'passive_ideation', weight: 0.8, self: true, source: `\\b${stance} ${gap(2)}(?:death|dying)(?= *$| (?:all the time|every day|constantly|more and more|a lot|again|so much|is|would|sounds|feels|seems|like)\\b)` }),
  // "If I die tonight at least the pain stops", "if I jumped ... nobody would care".
  concept({
    signal: 'passive_ideation',
    weight: 1,
    sentence: true,
    when: /\b(?:at least|pain (?:would )?(?:stop|stops|end|ends)|would (?:stop|end|be over)|be over|nobody would|no one would|would anyone|everyone would|be free|finally (?:free|rest|at peace)|peace|relief|matter|notice|care)\b/,
    unless: everydayFarewell,
    source: `\\bif i (?:just |simply |finally |ever )?(?:die|died|was dead|were dead|killed myself|stopped breathing|stop breathing|did not wake up|never woke up|do not wake up|jump|jumped|ended it|took all|overdosed|disappeared|vanished)\\b(?! (?:of|from|laughing|in (?:the|a) game|for)\\b)`,
  }),
  concept({ signal: 'explicit_intent', weight: 1, self: true, source: `\\b${stance} (?:myself |me )?(?:hanging|hang) (?:myself )?(?:from|off) (?:a|the|my)\\b` }),
  // "I've been thinking about the bridge"; "drove past the bridge and thought about stopping".
  concept({ signal: 'explicit_intent', weight: 1, self: true, unless: methodSafe, source: `\\b${actStance} ${gap(4)}${methodAct}\\b` }),
  concept({ signal: 'explicit_intent', weight: 1, sentence: true, self: true, when: dropPlace, unless: methodSafe, source: `\\b(?:${stance}|if i) ${gap(4)}(?:stepping|step|jumping|jump|jumped|stopping|pulling over|going over|falling|letting go|leaning over|climbing over)\\b` }),
  concept({ signal: 'explicit_intent', weight: 0.8, self: true, unless: /\b(?:view|views|sunset|photo|photos|selfie|picture|pictures|repair|repairs|fix|fixing|gutter|gutters|tiles|aerial|satellite dish)\b/, source: `\\b(?:stood|standing|stand|sat|sitting|sit|climbed|climbing|leaning|leant|leaned|lay|lying|lie) (?:on|at|over|near|by|down on|out on) (?:the )?(?:edge|ledge|railing|railings|parapet|tracks|train tracks|railway line|edge of the|side of the bridge|top of the)\\b` }),
  // A named means with a fixation or preparation: "I keep going back to the razor", "counted out all my tablets".
  concept({ signal: 'method_seeking', weight: 0.6, sentence: true, self: true, when: meansWord, unless: /\b(?:climbing|camping|shaving|shaver|club|range|hunting|prescription|pharmacy|chemist|headache|recipe|kitchen|cooking|dinner)\b/, source: `\\b(?:keep|kept|keeps) (?:going back to|looking at|staring at|thinking about|holding|touching|checking)\\b` }),
  concept({ signal: 'method_seeking', weight: 0.8, sentence: true, self: true, unless: /\b(?:pill ?box|dosette|organiser|organizer|prescription|refill|holiday|trip|for the week)\b/, source: `\\b(?:counted|counting|count|lined up|lining up|laid out|laying out|sorted out) (?:out )?(?:all |every one of )?(?:the |my |of my )?(?:sleeping )?(?:pills|tablets|meds|painkillers|medication)\\b` }),
  concept({ signal: 'method_seeking', weight: 0.6, sentence: true, self: true, source: `\\b(?:pills|tablets|meds|painkillers|blade|blades|razor|rope|gun|knife) (?:are |is )?(?:on the table|in front of me|lined up|next to me|in my hand|beside me|on my bed)\\b` }),
  // Questions and searches about lethality, speed, pain or getting hold of a means.
  concept({ signal: 'method_seeking', weight: 1, sentence: true, seeking: true, when: meansWord, unless: seekingSafe, source: lethalCue.source }),
  concept({ signal: 'method_seeking', weight: 1, sentence: true, when: meansWord, unless: seekingSafe, source: `(?:${searchCue.source}) ${gap(6)}(?:${lethalCue.source})` }),

  // Self-harm on one's own body, or because "I deserve it".
  concept({ signal: 'self_harm', weight: 1, self: true, sentence: true, unless: harmSafe, source: `(?<!\\b(?:accidentally|nearly|almost) )\\b${harmVerb} ${gap(3)}${ownBody}\\b(?! (?:laughing|with laughter)\\b)` }),
  concept({ signal: 'self_harm', weight: 1, self: true, sentence: true, when: /\b(?:deserve|deserved|deserves|until (?:it|they|i) (?:bled|bleed|bruised|bruise)|till (?:it|they|i) (?:bled|bleed|bruised|bruise)|so i (?:could|can) feel|to feel something|to feel anything|feel pain)\b/, unless: harmSafe, source: `\\bi ${gap(2)}${harmVerb}\\b` }),
  concept({ signal: 'self_harm', weight: 1, self: true, unless: harmSafe, source: `\\b(?:${stance}|feel like|felt like|the urge to|urge to|urges to|craving|close to|relapse|relapsed|relapsing) ${gap(2)}(?:cutting|cut|burning|burn|hurting|hurt|harming|harm|self harm|self harming|hitting|scratching)(?= *$| (?:again|tonight|today|right now|so bad|so badly|badly|more|deep|deeper)\\b)` }),
  concept({ signal: 'self_harm', weight: 1, sentence: true, when: /\b(?:relapse|relapsed|relapsing|fresh|new|again)\b/, unless: /\b(?:hair|fringe|paper|finger|cooking|chopping|shaving)\b/, source: `\\b(?:cuts|cut marks|burns|scars|wounds|bruises) (?:on|across|along|up) my\\b|\\b(?:new|fresh|\\w+ new) (?:cuts|burns|wounds)\\b` }),

  // Farewell and putting affairs in order.
  concept({ signal: 'farewell', weight: 0.6, ignoreNegation: true, source: `\\b(?:please )?forgive me\\b(?= *$| please\\b| for everything\\b| for what i\\b| for this\\b| i am sorry\\b)` }),
  concept({ signal: 'farewell', weight: 0.6, sentence: true, when: /\b(?:goodbye|bye|forgive|sorry|remember me|take care of|look after|always|forever)\b/, unless: everydayFarewell, source: `\\bi love (?:you|you all|you both|you guys|all of you|everyone)\\b` }),
  concept({ signal: 'farewell', weight: 0.8, sentence: true, unless: everydayFarewell, source: `\\b(?:please )?(?:look after|take care of|look out for|feed|walk) (?:my|the) [a-z]+ (?:for me )?(?:when|after|once) i (?:am|will be|have) (?:gone|not around|not here|no longer)\\b` }),
  concept({ signal: 'farewell', weight: 0.8, sentence: true, unless: everydayFarewell, source: `\\b(?:saying|said|say|started saying) (?:my )?goodbyes? to ${gap(3)}(?:without|quietly|secretly|one by one|in my head|for the last time)\\b` }),
  concept({ signal: 'farewell', weight: 0.8, unless: /\b(?:of the (?:day|week|month|year|season|series|term)|before (?:the|my) (?:holiday|trip|break)|for (?:the|this) (?:week|month|year|term)|on this (?:blog|topic|account))\b/, source: `\\b(?:the|my|this is the|this is my) (?:last|final) (?:entry|post|message|note|letter|words|thing i will write|time i will write|time i write)\\b` }),
  concept({ signal: 'farewell', weight: 0.6, sentence: true, source: `\\btell (?:my |him |her |them )?[a-z]+ (?:that )?i am sorry\\b|\\b(?:it was not|it is not|it will not be|it is never|none of this is|none of this was) (?:his|her|their|your|anyone) fault\\b` }),
  concept({ signal: 'farewell', weight: 0.6, sentence: true, unless: everydayFarewell, source: `\\b(?:will not|do not|would not) need (?:it|them|any of (?:it|this|them)|these|those|my [a-z]+) (?:where i am going|anymore|any more|soon|after)\\b` }),
  concept({ signal: 'farewell', weight: 0.6, self: true, unless: everydayFarewell, source: `\\b(?:wrote|written|writing|left|leaving) (?:letters|a letter|notes|a note) (?:to|for) (?:each of )?(?:my|all my) (?:kids|children|family|parents|friends|sisters|brothers|sons|daughters|loved ones)\\b` }),
  concept({ signal: 'farewell', weight: 0.4, self: true, unless: everydayFarewell, source: `\\b(?:made|making|written|wrote|writing|updated|updating|sorted|done|finished|drew up|drawn up) (?:a |my )?will\\b|\\bmy will (?:is|has been) (?:done|sorted|written|signed|finished)\\b|\\bmy passwords (?:are )?(?:written|written down|in the|for)\\b` }),
  concept({ signal: 'farewell', weight: 0.5, self: true, unless: everydayFarewell, source: `\\bwho (?:gets|will get|should get|is getting|can have) (?:all )?my\\b` }),
  concept({ signal: 'farewell', weight: 0.4, self: true, unless: /\b(?:charity|charity shop|library|moving|move|declutter\w*|old|clear out|clearing out|sale|sell|selling|spring clean|outgrown|baby|christmas|birthday|present|gift|lent|borrow)\b/, source: `\\b(?:gave|given|giving|give|started giving) (?:away )?(?:my|all my) ${gap(2)}(?:to|away)\\b|\\b(?:gave|given|giving|give) (?:my|to my|him|her|them) [a-z]+ my\\b` }),
  concept({ signal: 'farewell', weight: 0.4, unless: /\b(?:let us|lets|to go out|head|heading|walk|party|for the|for my|for bed|for work|for school|to order|to leave|to start|to begin|set|steady|go go)\b/, source: `\\b(?:i am|i feel|i think i am|finally) (?:so )?ready (?:now|to go now|to go|to let go)$|\\bi am at peace with (?:it|this|my decision|everything)\\b|\\bready to let go(?= *$| now| of (?:it all|everything|life))` }),
  concept({ signal: 'explicit_intent', weight: 1, unless: /\b(?:party|surprise|trip|holiday|wedding|dinner|birthday|event|route|menu|schedule|meeting|presentation|interview|date|move|moving|lesson|class|match|game|concert|run|race|hike|walk|visit|day out|picnic)\b/, source: `\\b(?:planned|planning|plan|worked|figured|sorted|mapped) (?:it |everything |this )?(?:all )?out for (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|tonight|tomorrow|the weekend|next week)\\b|\\b(?:end|ending|do) it (?:on|this) (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|weekend)\\b` }),

  // Burden and absence.
  concept({ signal: 'burden', weight: 1, sentence: true, unless: /\b(?:project|team|trip|party|game|match|meeting|group chat|chat|shift|rota|holiday|weekend|office|class|course|band)\b/, source: `\\b(?:better life|better lives|better off|happier|easier|lighter|fine|okay|better|relieved|cope better|be better|kinder|simpler|free) ${gap(6)}(?:without me|if i (?:was|were) (?:not|no longer|never) ${gap(2)}(?:here|around|there|alive|born|in (?:it|the picture|their lives|their life|the world))|if i (?:was|were) not their [a-z]+|if i (?:just )?(?:disappeared|vanished|was gone|were gone|left for good|did not exist)|with me gone|without me in it)\\b` }),
  concept({ signal: 'burden', weight: 1, sentence: true, unless: /\b(?:group chat|chat|party|meeting|class|office|lol)\b/, source: `\\b(?:no one|nobody|not one person|not a single person|would anyone|will anyone|does anyone|would they|would people) (?:would |will |is going to )?(?:even |really |ever |actually )?(?:notice|care|miss|come|cry|mourn|turn up|show up) ${gap(4)}(?:my funeral|i was gone|i am gone|i were gone|i died|i was dead|if i|when i|i disappeared|for (?:days|weeks|months))\\b` }),
  concept({ signal: 'burden', weight: 1, sentence: true, source: `\\b(?:kindest|best|most helpful|right) thing i (?:could|can) do ${gap(3)}(?:is|would be) (?:to )?(?:vanish|disappear|go|leave for good|die|not be here|be gone|end it)\\b` }),
  concept({ signal: 'passive_ideation', weight: 0.8, self: true, source: `\\b(?:my existence|my life|i) (?:is|am|was) (?:a |just a |one big )?mistake (?:that )?(?:i need to|i have to|i should|to) (?:fix|correct|undo|end)\\b|\\b(?:my existence is|i am) a mistake$` }),

  // Hopelessness with a duration, surviving, being still here.
  concept({ signal: 'hopelessness', weight: 0.6, ignoreNegation: true, source: `\\bhow (?:much longer|many more (?:days|weeks|nights|months|years)) (?:(?:can|do|will|must|should|am) i|i (?:can|will|could|have to|am able to)) (?:have to )?(?:keep|go on|do this|take|pretend|survive|cope|carry on|hold on|live|last|be expected|manage|handle|fight|stand)\\b` }),
  concept({ signal: 'hopelessness', weight: 0.6, ignoreNegation: true, unless: /\b(?:gym|work|class|classes|lessons|job|commute|running|training|diet|course|uni|school|team)\b/, source: `\\b(?:can not|could not|do not think i can|do not know if i can|do not know how i can|not sure i can|do not know how to) (?:keep|keep on) (?:going|doing this|living|fighting|pretending|trying|surviving|on)(?= *$| like this| anymore| much longer| for much longer| any longer)` }),
  concept({ signal: 'hopelessness', weight: 0.8, ignoreNegation: true, source: `\\b(?:can not|could not) do (?:life|living|existing|being alive)\\b` }),
  concept({ signal: 'hopelessness', weight: 0.6, self: true, source: `\\bgiv(?:e|es|ing|en) up on (?:life|living|everything|myself|it all|being alive|staying alive)\\b|\\bgave up on (?:life|living|myself|staying alive)\\b` }),
  concept({ signal: 'hopelessness', weight: 0.8, ignoreNegation: true, unless: /\b(?:working|job|company|career|this city|this town|relationship|team|course|staying in|living here|living in|married)\b/, source: `\\b(?:can not|could not|do not|can hardly|struggle to) (?:see|picture|imagine|envision) (?:myself|me|a future (?:where|in which) i am|a future with me) ${gap(2)}(?:making it|being (?:here|around|alive)|still (?:here|around|alive)|alive|surviving|lasting|getting through|reaching|living|at (?:\\d+|thirty|forty|fifty))` }),
  concept({ signal: 'hopelessness', weight: 0.8, ignoreNegation: true, source: `\\b(?:do not|can not|could not|do not think i will|do not know if i will|not sure i will) (?:make it|last|survive) (?:to|until|till|through|much longer|another|the (?:night|week|weekend))\\b(?! (?:the (?:meeting|deadline|party|end of the (?:film|show|match))|work|the shops|the bus|the train|on time|in time)\\b)` }),
  concept({ signal: 'passive_ideation', weight: 0.8, self: true, source: `\\bwhy (?:am i|do i) (?:even |still )?(?:still )?(?:here|alive|breathing|exist|existing|bother living|keep living)\\b(?! (?:at|in|on|with|this)\\b)` }),
  concept({ signal: 'passive_ideation', weight: 0.8, source: `\\b(?:waiting|wait) for (?:it all|everything|life|it|my life|this life) to (?:end|be over|stop|finish)\\b(?! (?:so|before|and)\\b)` }),
  concept({ signal: 'passive_ideation', weight: 1, self: true, ignoreNegation: true, source: `\\bhope i (?:do not|never|will not|will never) (?:survive|make it|wake up|pull through|come back|come round|come out of)\\b` }),
  concept({ signal: 'hopelessness', weight: 0.8, self: true, source: `\\b(?:only thing|one thing|only person|only one) (?:stopping|keeping|holding) me (?:back )?(?:here|alive|going|from it|from doing it|from ending|from going through with|is|$)` }),
  concept({ signal: 'explicit_intent', weight: 0.8, self: true, unless: /\b(?:exam|exams|test|interview|job|work|meeting|party|boss|fail|failed|lose|lost|money)\b/, source: `\\b(?:scared|afraid|frightened|worried|terrified) (?:of|about) what i (?:might|will|could|would|am going to|may) do\\b` }),
  concept({ signal: 'hopelessness', weight: 0.6, ignoreNegation: true, source: `\\b(?:life|living|my life|this life|being alive) (?:is not|is no longer|is not really|does not feel) worth (?:this|the|all this|all the|it)\\b` }),
  concept({ signal: 'hopelessness', weight: 0.6, self: true, source: `\\b(?:fought|been fighting|tried|been trying) (?:long|hard) enough\\b|\\bready to (?:let go|stop fighting|give up)\\b|\\btired of (?:fighting|surviving) (?:this|it|every day|anymore)\\b` }),
];

/** Concept rules apply unless the sentence is about a work or the news, or about recovery (a relapse overrides that). */
export function conceptsApply(sentence: string): boolean {
  if (mediaTopic.test(sentence)) return false;
  return !recoveryCue.test(sentence) || relapseCue.test(sentence);
}
