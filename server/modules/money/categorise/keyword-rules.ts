import { defaultCategories, type CategoryKind, type DefaultCategoryKey } from './default-categories.ts';
import { tokenise } from './normalise.ts';

/**
 * Cold-start rules: what a payee or note says about the category before a person has any
 * history. `brands` are merchants that sell mostly one kind of thing (national chains in the
 * UK, US, Germany and France, and international services); `words` are generic trade words in
 * English, German and French. A term with spaces is a phrase matched on consecutive tokens; a
 * leading or trailing `*` matches inside a token, for German and French compounds
 * ("MARIENAPOTHEKE", "KONTOFUEHRUNGSENTGELT"). Written as general knowledge of these trades, not
 * fitted to the evaluation sample (see README.md).
 */
const ruleTable: ReadonlyArray<{ key: DefaultCategoryKey; brands: string; words: string }> = [
  {
    key: 'groceries',
    brands: `tesco, sainsbury's, asda, morrisons, waitrose, lidl, aldi, co-op food, coop food, ocado, iceland foods, simply food,
      m&s food, spar, budgens, walmart, wal-mart, kroger, safeway, publix, whole foods, wholefds, trader joe's, trader joes, costco,
      albertsons, wegmans, food lion, stop & shop, meijer, h-e-b, sprouts, jewel osco, mariano's, giant eagle, winco, instacart,
      rewe, edeka, netto, penny, kaufland, norma, tegut, alnatura, denns, globus, carrefour, monoprix, franprix, leclerc,
      e.leclerc, intermarche, auchan, super u, hyper u, casino supermarche, picard, biocoop, naturalia, grand frais, lidl france`,
    words: `supermarket, grocery, groceries, grocer, greengrocer, butcher, bakery, baker, deli, food market, farmers market,
      supermarkt, lebensmittel, *baeckerei*, *backerei*, metzgerei, markt, wochenmarkt, supermarche,
      epicerie, boulangerie, boucherie, fromagerie, primeur, marche, hypermarche`,
  },
  {
    key: 'dining',
    brands: `uber eats, ubereats, deliveroo, just eat, justeat, doordash, grubhub, postmates, lieferando, takeaway.com, wolt,
      foodora, starbucks, costa coffee, caffe nero, pret a manger, pret, greggs, mcdonald's, mcdonalds, mcdo, burger king,
      kfc, wendy's, taco bell, chipotle, five guys, shake shack, dunkin, panera, domino's, dominos, pizza hut, papa john's,
      nando's, nandos, wagamama, itsu, wasabi, blue bottle, intelligentsia, peet's, tim hortons, vapiano, block house,
      nordsee, flunch, buffalo grill, hippopotamus, tst`,
    words: `restaurant*, cafe, coffee, espresso, kaffee, bistro, brasserie, bouchon, creperie, trattoria, osteria, pizzeria,
      pizza, sushi, ramen, kebab, doener, doner, imbiss, diner, grill, steakhouse, burger, tavern, pub, bar, biergarten,
      brauhaus, wirtshaus, gasthaus, gasthof, canteen, cantine, kantine, takeaway, take away, brunch, eatery, tacos`,
  },
  {
    key: 'transport',
    brands: `uber, lyft, bolt, free now, freenow, addison lee, tfl, transport for london, oyster, bvg, mvg, hvv, kvb, vbb, rmv,
      deutschlandticket, ratp, navigo, tcl, sytral, rtm, tisseo, mta, cta, ventra, septa, wmata, mbta, bart, clipper,
      shell, bp, esso, texaco, chevron, exxon, exxonmobil, mobil, valero, sunoco, speedway, circle k, aral, jet tankstelle,
      totalenergies, total energies, avia, agip, q8, ringgo, paybyphone, parkmobile, ncp, indigo, lime, tier, velib, velov,
      citi bike, zipcar, share now, sixt share, miles mobility, blablacar, e-zpass, ezpass, sanef, vinci autoroutes`,
    words: `taxi, cab, fuel, petrol, gasoline, gas station, tankstelle, carburant, station service, parking, parkhaus,
      parken, toll, peage, maut, metro, bus, tram, subway, transit, fahrkarte, fahrschein, ticket automat, car wash, mot`,
  },
  {
    key: 'housing',
    brands: `foncia, nexity, vonovia, deutsche wohnen, rocket mortgage, mr cooper, wells fargo home mortgage`,
    words: `rent, rental, landlord, letting, lettings, mortgage, mtg, miete, mietzahlung, vermieter, hausverwaltung, hypothek,
      loyer, bailleur, syndic, hoa, property management, ground rent, service charge`,
  },
  {
    key: 'utilities',
    brands: `octopus energy, british gas, edf, edf energy, eon, e.on, ovo, scottish power, sse, bulb, thames water, severn trent,
      anglian water, united utilities, bt, virgin media, sky digital, talktalk, plusnet, giffgaff, ee, o2, vodafone, three,
      tesco mobile, lebara, lycamobile, stadtwerke, swm, vattenfall, enbw, rwe, telekom, 1und1, congstar, engie, veolia,
      suez, orange, sfr, bouygues telecom, free mobile, free telecom, sosh, comed, con edison, coned, pg&e, duke energy,
      xcel energy, dominion energy, comcast, xfinity, spectrum, verizon, at&t, t-mobile, tmobile, cox communications`,
    words: `electricity, electric, energy, water, broadband, internet, telecom, mobile, phone, council tax, tv licence,
      utility, utilities, strom, energie, wasser, abschlag, nebenkosten, rundfunk, beitragsservice, telefon, electricite,
      eau, gaz, telephone, box internet`,
  },
  {
    key: 'health',
    brands: `boots, lloydspharmacy, superdrug pharmacy, cvs, walgreens, rite aid, duane reade, nhs, bupa dental, specsavers,
      vision express, doctolib, puregym, the gym group, david lloyd, nuffield health, planet fitness, la fitness, anytime fitness,
      24 hour fitness, equinox, orangetheory, mcfit, fitx, urban sports, basic fit, basic-fit, keep cool, neoness`,
    words: `pharmacy, pharmacie, *apotheke*, chemist, prescription, doctor, medical, medicine, clinic, hospital, dentist, dental,
      dds, orthodontist, optician, optometrist, physio, physiotherapy, therapist, therapy, gym, fitness, klinik, krankenhaus,
      *zahnarzt*, arztpraxis, *praxis, optiker, physiotherapie, fitnessstudio, medecin, docteur, clinique, hopital, dentaire,
      opticien, kine, kinesitherapeute, laboratoire, labor, pediatre`,
  },
  {
    key: 'insurance',
    brands: `geico, state farm, progressive, allstate, lemonade, liberty mutual, aviva, direct line, admiral, churchill, hastings direct,
      legal & general, axa, allianz, ergo, huk-coburg, huk, debeka, devk, generali, zurich, maif, macif, matmut, groupama, gmf,
      mma, mutuelle, harmonie mutuelle, techniker krankenkasse, aok, barmer, dak`,
    words: `insurance, insurer, assurance, assurances, *versicherung*, krankenkasse, krankenversicherung, policy premium,
      haftpflicht, prevoyance`,
  },
  {
    key: 'shopping',
    brands: `amazon, amzn, amzn mktp, amznmktplace, ebay, etsy, argos, john lewis, primark, uniqlo, h&m, zara, next, asos, tk maxx,
      tj maxx, marshalls, boots retail, currys, b&q, wickes, screwfix, dunelm, ikea, target, best buy, home depot, lowe's, lowes,
      macy's, nordstrom, kohl's, walgreens photo, apple store, zalando, otto, mediamarkt, media markt, saturn, tchibo, obi,
      hornbach, bauhaus, toom, decathlon, fnac, darty, boulanger, leroy merlin, castorama, kiabi, shein, temu, aliexpress,
      waterstones, barnes & noble, thalia, hugendubel, cultura, vinted purchase`,
    words: `store, shop, shopping, clothing, clothes, shoes, fashion, electronics, hardware, furniture, books, bookshop,
      bookstore, buchhandlung, librairie, kaufhaus, warenhaus, boutique, vetements, magasin, outlet, department store`,
  },
  {
    key: 'entertainment',
    brands: `odeon, vue, cineworld, picturehouse, everyman, amc, regal, cinemark, cinemaxx, cinestar, uci, pathe, ugc, gaumont,
      mk2, ticketmaster, eventim, see tickets, dice, eventbrite, live nation, stubhub, steam, steamgames, playstation, psn,
      xbox, nintendo, epic games, fnac spectacles, ticketnet`,
    words: `cinema, cine, kino, theatre, theater, concert, konzert, museum, musee, gallery, zoo, bowling, tickets, festival,
      spectacle, spectacles, games, game, arcade, stadium`,
  },
  {
    key: 'subscriptions',
    brands: `netflix, spotify, disney plus, disneyplus, disney+, apple bill, apple.com/bill, itunes, google play, youtube premium,
      youtube, hulu, hbo, paramount, peacock, amazon prime, prime video, audible, kindle unlimited, deezer, tidal,
      canal+, canal plus, dazn, now tv, sky go, patreon, substack, nytimes, new york times, the guardian, economist, adobe,
      microsoft, dropbox, icloud, chatgpt, openai, headspace, crunchyroll, twitch`,
    words: `subscription, abonnement, abo, membership, monthly plan`,
  },
  {
    key: 'travel',
    brands: `ryanair, easyjet, wizz air, wizzair, british airways, virgin atlantic, jet2, lufthansa, eurowings, condor, air france,
      klm, transavia, vueling, iberia, tap portugal, swiss, austrian, delta air, delta air lines, united airlines, american airlines,
      southwest, jetblue, alaska air, airbnb, booking.com, expedia, hotels.com, trivago, agoda, marriott, hilton, hyatt, ibis,
      accor, novotel, premier inn, travelodge, holiday inn, best western, motel one, flixbus, megabus, national express, eurostar,
      trainline, national rail, lner, avanti, gwr, amtrak, sncf, ouigo, tgv, db fernverkehr, db vertrieb, deutsche bahn,
      bahn.de, hertz, avis, europcar, enterprise rent, sixt, budget rent`,
    words: `airline, airlines, airways, airport, flughafen, aeroport, flight, flug, vol, hotel, hostel, motel, resort, holiday,
      vacation, urlaub, vacances, ferry, cruise, duty free, travel, reise, voyage, car rental, mietwagen, camping`,
  },
  {
    key: 'education',
    brands: `udemy, coursera, edx, skillshare, masterclass, linkedin learning, pluralsight, duolingo, babbel, rosetta stone,
      open university, khan academy, volkshochschule, vhs, alliance francaise, goethe institut, cned, openclassrooms, navient,
      sallie mae, nelnet, student loans company, great lakes`,
    words: `school, university, college, tuition, course, courses, class, classes, lesson, lessons, training, student loan,
      textbook, schule, universitat, hochschule, kurs, kurse, studiengebuehr, nachhilfe, ecole, universite, formation, cours,
      scolarite, cantine scolaire`,
  },
  {
    key: 'gifts',
    brands: `justgiving, gofundme, oxfam, unicef, red cross, british red cross, croix rouge, rotes kreuz, drk, msf,
      medecins sans frontieres, aerzte ohne grenzen, arzte ohne grenzen, restos du coeur, secours populaire, save the children,
      cancer research, macmillan, amnesty, greenpeace, wwf, salvation army, british heart foundation, caritas, diakonie,
      moonpig, funky pigeon, card factory, hallmark, interflora, 1-800-flowers, flowers.com, fleurop`,
    words: `donation, donations, donate, charity, charitable, foundation, spende, spenden, stiftung, don, dons, gift, gifts,
      present, geschenk, cadeau, florist, fleuriste, flowers, blumen`,
  },
  {
    key: 'personal_care',
    brands: `superdrug, sephora, ulta, douglas, yves rocher, lush, the body shop, kiko, nocibe, marionnaud, dm-drogerie, dm drogerie,
      rossmann, great clips, supercuts, sport clips, toni&guy, rush hair, regis, jean louis david, franck provost`,
    words: `hairdresser, hair, salon, barber, barbers, barbershop, nails, nail, spa, beauty, cosmetics, massage, waxing,
      drogerie, *friseur*, kosmetik, parfumerie, parfuemerie, coiffeur, coiffure, esthetique, institut de beaute, onglerie`,
  },
  {
    key: 'fees',
    brands: ``,
    words: `fee, fees, overdraft, service fee, monthly fee, account fee, atm fee, late fee, foreign transaction, non-sterling,
      interest charge, penalty, *entgelt*, gebuehr, gebuhr, kontofuehrung, kontofuhrung, frais, commission, cotisation carte,
      agios, commission intervention`,
  },
  {
    key: 'other_expense',
    brands: ``,
    words: `atm, cash withdrawal, cash machine, notemachine, withdrawal, bargeldauszahlung, geldautomat, bargeld, retrait dab,
      retrait`,
  },
  {
    key: 'salary',
    brands: ``,
    words: `salary, salaries, payroll, wages, wage, dir dep, direct dep, direct deposit, gehalt, lohn, bezuege, verguetung,
      salaire, paie, traitement`,
  },
  {
    key: 'other_income',
    brands: `hmrc, irs treas, familienkasse, caf, cpam, child benefit, kindergeld, venmo, zelle, lydia, vinted`,
    words: `interest, interest paid, zinsen, interets, refund, tax refund, tax ref, erstattung, ruckerstattung, rueckerstattung,
      remboursement, cashback, dividend, dividende, dividenden, payout, cashout, gutschrift, pension, rente, allowance`,
  },
];

export type RuleStrength = 'brand' | 'word';

/** One compiled term: the tokens of a phrase, or one fragment matched inside a token. */
interface Term {
  key: DefaultCategoryKey;
  kind: CategoryKind;
  strength: RuleStrength;
  tokens: string[];
  /** For `*fragment*` terms: where the fragment may sit inside a token. */
  inside?: 'anywhere' | 'start' | 'end';
}

export interface RuleMatch {
  key: DefaultCategoryKey;
  strength: RuleStrength;
  /** Another category matched just as specifically: the match is a coin toss between them. */
  contested: boolean;
}

const kindOfKey = new Map(defaultCategories.map((category) => [category.key, category.kind]));

function compile(): { byFirstToken: Map<string, Term[]>; fragments: Term[] } {
  const byFirstToken = new Map<string, Term[]>();
  const fragments: Term[] = [];
  for (const rule of ruleTable) {
    const kind = kindOfKey.get(rule.key) ?? 'expense';
    for (const [strength, list] of [['brand', rule.brands], ['word', rule.words]] as const) {
      for (const raw of list.split(',').map((term) => term.trim()).filter(Boolean)) {
        const starts = raw.startsWith('*');
        const ends = raw.endsWith('*');
        // Terms go through the same tokeniser as statements, so "Sainsbury's" and "SAINSBURYS" meet.
        const tokens = tokenise(raw.replace(/\*/g, ''));
        if (tokens.length === 0) continue;
        if (starts || ends) {
          fragments.push({ key: rule.key, kind, strength, tokens, inside: starts && ends ? 'anywhere' : starts ? 'end' : 'start' });
        } else {
          const first = tokens[0] as string;
          byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), { key: rule.key, kind, strength, tokens }]);
        }
      }
    }
  }
  return { byFirstToken, fragments };
}

const compiled = compile();

/** How specific a match is: longer phrases beat shorter ones ("uber eats" over "uber"), then brands beat words. */
function rank(term: Term): number {
  return term.tokens.length * 2 + (term.strength === 'brand' ? 1 : 0);
}

function fragmentMatches(term: Term, token: string): boolean {
  const fragment = term.tokens.join('');
  if (term.inside === 'start') return token.startsWith(fragment);
  if (term.inside === 'end') return token.endsWith(fragment);
  return token.includes(fragment);
}

/**
 * The most specific rule matching these tokens for this kind of transaction, or null. Ties
 * between categories are broken by rule order (so the result is deterministic) and reported as
 * contested.
 */
export function matchKeywordRules(tokens: readonly string[], kind: CategoryKind): RuleMatch | null {
  let best: { term: Term; rank: number } | null = null;
  let contested = false;
  const consider = (term: Term) => {
    if (term.kind !== kind) return;
    const termRank = rank(term);
    if (!best || termRank > best.rank) {
      best = { term, rank: termRank };
      contested = false;
    } else if (termRank === best.rank && term.key !== best.term.key) {
      contested = true;
    }
  };
  tokens.forEach((token, index) => {
    for (const term of compiled.byFirstToken.get(token) ?? []) {
      if (term.tokens.every((part, offset) => tokens[index + offset] === part)) consider(term);
    }
    for (const term of compiled.fragments) if (fragmentMatches(term, token)) consider(term);
  });
  const found = best as { term: Term; rank: number } | null;
  return found ? { key: found.term.key, strength: found.term.strength, contested } : null;
}

/** Every key the rules can point at, for tests that check they all exist among the defaults. */
export const ruleKeys: ReadonlyArray<DefaultCategoryKey> = ruleTable.map((rule) => rule.key);
