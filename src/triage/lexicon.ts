// The words the rules are written in. Each concept lists Danish and English forms; the
// syntax ("word", "stem*", "*part*", "two words") is described in src/text/term-index.ts.
// Spellings are folded (æ/ae/a, ø/oe/o, å/aa/a), and one typo is allowed in longer words.
export const LEXICON = {
  // Difficulty or inability. "kanikke" is what "kan ikke", "can't" and "unable to" fold into.
  hard: ["hårdt at", "er hårdt", "besværligt at", "anstrengende at", "an effort", "takes me ages to", "takes ages to", "takes forever to", "tager evigheder at", "tager lang tid at", "tager mig lang tid at", "sværere", "svaerere", "svert", "vanskelig*", "vansker", "besvärlig*", "svært", "svart", "svær ved", "svær at", "svært ved", "*besvær*", "besværlig*", "problem*", "*problem*", "påvirket", "affected", "trouble*", "difficult*", "hard", "harder", "struggl*", "kanikke", "umulig*", "impossible", "dårlig*", "tungt", "anstreng*", "labo*", "effort*", "badly", "barely", "hardly", "scarcely", "restrict*", "begrænset", "anstrengt", "knap", "knapt", "hiver", "hive", "gisper", "snapper"],
  not: ["ikke", "ik", "ikk", "not", "no", "ingen"],

  swallow: ["få spyt ned", "få spyttet ned", "swallow my spit", "swallow my saliva", "få den ned", "få dem ned", "få det ned igen", "få pillerne ned", "get it down", "get them down", "bliver liggende i munden", "bliver bare liggende i munden", "stays in my mouth", "won t go down", "synke", "synker", "swallow", "svelg*", "svälj*", "synk*", "swallow*", "slug*", "syngebesv*", "få maden ned", "få mad ned", "få noget ned", "få det ned", "få vand ned", "få drikke ned", "få spyttet ned", "få spyt ned", "få vandet ned", "få væske ned", "få pillen ned", "få piller ned", "få pillerne ned", "få tabletten ned", "få tabletter ned", "få en bid ned", "få noget at spise ned", "get food down", "get anything down", "get my spit down", "get the pill down"],
  swallowWrong: ["gagged", "gagging", "gag", "kokhalser", "kokhalsede", "kokhalse", "gale hals", "forkerte hals", "wrong pipe", "dysfagi*", "dysphag*", "sætter sig i halsen", "sætter sig fast i halsen", "sidder fast i halsen", "hænger fast i halsen", "sætter sig fast i svælget", "stuck in my throat", "stuck in the throat", "stuck in his throat", "stuck in her throat", "synker forkert", "synke forkert", "galt i halsen", "fejlsynk*", "goes down the wrong way", "went down the wrong way"],
  // Drink or food coming back through the nose: swallowing gone wrong, not a runny nose.
  noseOut: ["ud af næsen", "ud gennem næsen", "op i næsen", "ud af min næse", "out of my nose", "out my nose", "out through my nose", "up my nose"],
  drinkEat: ["drikker", "drikke", "drak", "drink*", "spiser", "spise", "spiste", "eat", "eating", "ate", "mad", "maden", "food", "vand", "vandet", "water", "væske", "liquid*", "kaffe", "coffee", "te", "tea", "juice", "mælk", "milk", "suppe", "soup"],
  breath: ["breath", "breathe", "breathing", "puste", "pust", "andas", "andning*", "andningen", "vejret", "vejr", "vejrtrækning*", "ånde", "ånden", "ånder", "åndede", "åndedræt*", "luft", "breath*", "air", "ilt", "oxygen"],
  breathProblem: ["tænke over hver vejrtrækning", "tænke over at trække vejret", "koncentrere mig om at trække vejret", "koncentrere mig for at trække vejret", "concentrate to breathe", "concentrate on breathing", "think about breathing", "think about every breath", "sidde op for at få luft", "sidde oprejst for at få luft", "gaber for at få luft", "gabe for at få luft", "kæmper for at få luft", "kæmpe for at få luft", "fighting for air", "struggling for air", "sit up to breathe", "sit up to get air", "vejrtrækningen er ikke normal", "vejrtrækningen er unormal", "vejrtrækningen er ikke som den plejer", "vejrtrækningen er mærkelig", "breathing is not normal", "breathing is not right", "breathing is abnormal", "breathing feels wrong", "breathing feels strange", "breathing is strange", "breathing is weird", "kortåndet", "kortåndethed", "short winded", "astmaanfald*", "astma anfald", "asthma attack", "hyperventiler*", "andnöd", "pustevansk*", "pustebesvær*", "tungpust*", "dyspnø*", "dyspno*", "dyspne*", "*åndenød*", "luftmangel", "*vejrtrækningsbesvær*", "wheez*", "hvæs*", "pibende", "pifter", "gisp*", "gasp*", "hiver efter luft", "kvæles", "kvælning*", "kvæler", "kvalt", "choked", "choke", "chokes", "choking", "suffocat*", "breathless*", "shortness of breath", "forpustet", "forpustede", "stakåndet", "out of breath", "short of breath", "savner luft", "savner ilt", "savner vejret"],
  // "det sidder noget fast i halsen": a word or two between "fast" and the throat.
  cough: ["hoster", "hoste", "hostet", "cough", "coughs", "coughing", "coughed"],
  balance: ["balancen", "balance", "balanceevne", "ligevægt*"],
  // "det piber når jeg trækker vejret": a whistle in the breath, not in the ears.
  wheeze: ["piber", "pibende", "piben", "whistling", "whistles"],
  // Said of a swelling that is going: "hævelsen i læben er næsten væk". Never a bare "væk",
  // which "ikke væk" would carry too.
  resolving: ["næsten væk", "næsten forsvundet", "næsten gået", "almost gone", "nearly gone", "er væk", "is gone", "er forsvundet", "has gone", "er gået væk", "er gået ned", "er aftaget", "has gone down", "went down"],
  stomach: ["mavepine", "ondt i maven", "diarre", "diarré", "tynd mave", "tynd i maven", "forstoppelse", "forstoppet", "constipat*", "diarrh*", "stomach ache", "stomachache", "stomach pain", "belly pain", "tummy ache"],
  grip: ["grip", "grab", "gribe", "gribe om"],
  dropThings: ["taber ting", "taber alt", "taber tingene", "dropping things", "drop things", "keep dropping", "dropper ting"],
  pupil: ["pupil", "pupiller", "pupillerne", "pupillen", "pupils"],
  throb: ["dunker", "dunkende", "throbbing", "throbs", "pulserer", "pulserende", "pulsating"],
  sticky: ["klistre*", "klistret", "klistrede", "klæbrig*", "sticky", "crusty", "gunky", "gunk"],
  click: ["knaser", "knasende", "klikker", "klikkende", "clicks", "clicking", "popping", "pops", "crunching"],
  // "øjet løber": the eye runs with tears (and a runner's "jeg løber" is never next to an eye).
  runs: ["løber", "løb", "runs", "running"],
  saggingCheeks: ["hængekind*", "sagging cheeks", "saggy cheeks", "droopy cheeks"],
  stuck: ["fast", "stuck", "lodged"],
  // "få maden til at glide ned", "maden vil ikke gå ned": food that does not go down.
  goDown: ["glide ned", "gå ned", "glider ned", "komme ned", "kommer ned", "go down", "get down", "slide down"],
  notDown: ["går ikke ned", "gik ikke ned", "glider ikke ned", "kommer ikke ned", "does not go down", "did not go down", "will not go down"],
  // Wetting oneself is one of the signs of the toxin spreading beyond where it was put.
  incontinence: ["inkontinen*", "incontinen*", "tisset på mig", "tissede på mig", "tisser på mig", "tisset i bukserne", "tissede i bukserne", "wet myself", "peed myself", "wetting myself"],
  bladder: ["tisse", "tisser", "tissede", "tisset", "blæren", "bladder", "urin", "urinen", "urine", "pee", "peeing", "toilet*"],
  // "knopper med hvidt i": pus in a spot.
  pusColour: ["hvid", "hvidt", "hvide", "gul", "gult", "gule", "white", "yellow", "whitehead*"],
  throat: ["luftrør*", "windpipe", "drøbel*", "uvula", "hals", "halsen", "throat*", "svælg*", "strube*", "luftvej*", "airway*"],
  tight: ["narrow", "narrower", "narrowing", "tyk", "tykke", "thick", "stram*", "strammer", "lukke til", "lukker til", "ved at lukke", "snør*", "tight*", "lukker", "lukke sig", "lukket", "closing", "close up", "closes", "klump", "lump", "tæt", "tæt til", "snævr*", "constrict*", "hævet", "hævede", "hævelse*", "hæver", "swell*", "swollen"],
  speak: ["forstå hvad hun siger", "forstå hvad han siger", "forstå hvad hun sagde", "forstå hvad han sagde", "understand what she says", "understand what he says", "understand what she said", "understand what he said", "understand her", "understand him", "hvad jeg siger", "what i say", "what im saying", "what i am saying", "forstå mig", "forstår mig", "understand me", "snak", "tale", "taler", "talen", "*talebesv*", "*taleproblem*", "snakke*", "snakker", "udtal*", "artikul*", "articulat*", "pronounc*", "enunciat*", "speak*", "speech", "talk*", "sige ord", "words", "ord", "ordene"],
  voice: ["stemme*", "voice*", "jeg lyder", "i sound", "hun lyder", "han lyder"],
  voiceChange: ["garbled", "nasal", "nasalt", "i næsen", "mudret", "mudrede", "mudrer", "muddled", "jumbled", "knækker", "knækket", "cracking", "cracks", "grødet", "grød*", "utydelig*", "sløret", "slørede", "væk", "forsvundet", "forsvinder", "disappearing", "mistet", "er hæs", "blevet hæs", "hæse", "hæshed", "svag", "svagere", "mærkelig*", "underlig*", "ændret", "anderledes", "fuld", "drunk", "beruset", "forkert", "wrong", "lost", "gone", "weak", "weird", "strange", "changed", "slurr*", "hoarse", "off", "not right", "funny", "odd", "sjov", "sjovt", "ikke rigtig", "ikke som normalt", "ikke som den plejer"],
  // Never "hæs" alone: folded, it is the English "has".
  hoarse: ["kan kun hviske", "kun hviske", "hvisker kun", "only whisper", "can only whisper", "er hæs", "blevet hæs", "stadig hæs", "lidt hæs", "meget hæs", "helt hæs", "så hæs", "hæs stemme", "hæse", "hæshed", "hoarse", "hoarseness"],
  slurred: ["slurred", "slurring", "snøvl*", "slurr*", "lisp*", "læsp*", "dysartri*", "dysarthri*", "dysfoni*", "dysphoni*", "afoni*", "aphoni*"],
  // The words a nurse, or a patient who has read up, would use.
  paralysed: ["lammet", "lammede", "lammelse*", "paralys*", "paralyz*"],
  cantMove: ["løfter sig ikke", "does not lift", "kanikke bevæge*", "kanikke flytte*", "kanikke move*", "kanikke raise", "kanikke lift", "kanikke løfte", "kanikke hæve", "bevæger sig ikke", "rører sig ikke", "does not move", "står stille", "står helt stille", "står bare stille", "stands still"],
  staysOpen: ["stå åben", "stå åbent", "stå åbne", "står åben", "står åbent", "står åbne", "forbliver åben*", "stays open", "stay open at night", "sover med åbne øjne", "sleep with my eye open", "sleep with my eyes open"],
  chest: ["bryst", "brystet", "brystkassen", "chest"],
  // The skin of the trunk and limbs, away from the treated face: a rash there is not a site reaction.
  remoteBody: ["maven", "mave", "ryggen", "ryg", "brystet", "armene", "arme", "benene", "kroppen", "stomach", "belly", "tummy", "back", "chest", "arms", "legs", "torso"],
  // An eye that does not close all the way: "der er en lille sprække", "won't shut fully".
  ajar: ["går ikke helt ned", "ikke helt ned", "går ikke helt i", "won t come down", "does not close", "doesn t close", "sprække", "sprækken", "lille sprække", "a gap", "small gap", "a crack", "helt i", "ordentligt i", "all the way shut", "fully shut", "fully closed"],
  twoOf: ["to", "two"],
  bleedOn: ["keep bleeding", "keeps bleeding", "still bleeding", "bliver ved med at bløde", "bløder stadig", "blør fortsatt", "blöder fortfarande", "still coming out"],
  // An eye gone dark: "det venstre øje er blevet helt sort", "som om nogen har trukket et gardin ned".
  darkened: ["blevet sort", "blevet mørkt", "er sort", "er mørkt", "gone black", "went black", "gone dark", "went dark", "trukket et gardin ned", "trukket gardinet ned", "gardin ned", "curtain down", "curtain came down", "curtain coming down"],
  stillThere: ["er der stadig", "stadig der", "is still there", "are still there", "still there"],
  welts: ["welts", "welt", "strimer", "røde striber på huden"],
  soakThrough: ["soaking through", "soaks through", "soaked through", "bløder igennem", "gennemblødt", "gennembløder"],
  touchWarm: ["at røre ved", "to touch", "to the touch", "når jeg rører", "when i touch"],
  pressure: ["trykkende", "pressing", "stråler ud", "radiating", "trykken", "tryk", "trykker", "pressure", "pres"],
  bleed: ["bløder", "blødning*", "bleed*", "blødt", "blod", "blood"],
  visualSymptom: ["flyder sammen", "bogstaverne flyder", "letters blur", "words blur", "halos", "halo", "glorier", "flakker", "flakkende", "øjnene flakker", "seeing spots", "see spots", "ser prikker", "prikker for øjnene", "pletter for øjnene", "flashing lights", "lysglimt", "lysblink", "flimren for øjnene", "flimmer for øjnene", "flimrer for øjnene", "ser stjerner", "seeing stars", "zigzag*", "flickering"],
  jawLock: ["jaw feels locked", "kæben føles låst", "kæben er gået i baglås", "kæbespærre", "låst kæbe", "kæben låser", "kæben er låst", "kæben sidder fast", "jaw locked", "jaw is locked", "locked jaw", "lockjaw", "jaw locks", "jaw is stuck", "kanikke gabe", "kanikke yawn"],
  earPain: ["ondt i øret", "ondt i ørerne", "ondt i ørene", "ondt i det ene øre", "ørepine", "øresmerter", "smerter i øret", "smerter i ørerne", "earache", "earaches", "ear ache", "ear pain", "pain in my ear", "ear hurts", "ears hurt"],
  tinnitus: ["susen for ørerne", "susen i ørerne", "ringen for ørerne", "ringen i ørerne", "ørerne suser", "ørerne ringer", "det suser", "ringing in my ears", "ears are ringing", "ears ringing", "ears buzzing", "tinnitus"],
  weakFeel: ["uden saft og kraft", "ingen saft og kraft", "no energy", "uden kræfter", "helt uden kræfter", "er helt slap", "bare slap", "er slap i dag", "no energy at all", "zero strength", "feel weak", "feel very weak", "feeling weak", "feel so weak", "feel really weak", "feeling really weak", "feeling very weak", "feel weak and shaky", "shaky and weak", "føler mig rigtig svag", "føler mig helt svag", "føler mig svag", "føler mig meget svag", "føler mig så svag", "kraftesløs", "kraftløs", "slatten", "slap i kroppen", "ingen kræfter"],
  skinChange: ["sort plet", "sorte pletter", "mørk plet", "mørke pletter", "black spot", "dark spot", "dimpled", "dimpling", "orange peel", "appelsinhud", "golfbold*", "skaller", "skaller af", "skalning", "peeling", "peels", "blære*", "blister*", "bums", "bumser", "pimple*", "filipens*", "hvid plet", "hvide pletter", "white spot", "white patch", "bleg plet", "sår", "wound", "skorpe*", "scab*", "crust*"],
  noControl: ["lystre", "lystrer", "obey", "kanikke som jeg vil", "does not do what i want", "kanikke do what i want", "feels weird", "feels strange", "feels odd", "føles underlig", "føles mærkelig", "føles sjov", "kanikke styre*", "kanikke kontrollere*", "kanikke control*", "no control", "ingen kontrol", "fremmed", "foreign", "lammet"],
  inCare: ["har ringet 112", "har ringet til 112", "ringede 112", "ringede til 112", "ringet efter en ambulance", "ambulancen er på vej", "ambulancen kommer", "er på hospitalet", "er på sygehuset", "er på skadestuen", "er på akutmodtagelsen", "ligger på hospitalet", "kørt på hospitalet", "kørt på skadestuen", "called 112", "called an ambulance", "ambulance is on its way", "ambulance is coming", "at the emergency room", "in the er", "at the er", "in a and e"],
  // Joy, not weakness: "I can't stop smiling".
  stopSmiling: ["kanikke stop smiling", "kanikke stoppe med at smile", "kanikke lade være med at smile", "kanikke holde op med at smile", "stop smiling"],
  // What one cannot see in a booking is no sight lost: "kunne ikke se jeres mail". Only such
  // words: "kan ikke se beskeden på telefonen" may well be sight lost.
  messageThing: ["mail", "mailen", "e mail", "email", "link*", "hjemmeside*", "website", "kalender*", "booking*", "bekræftelse*", "faktura*", "ledige tider", "confirmation", "appointment*"],
  ptosis: ["ptose*", "ptosis"],
  diplopia: ["two of everything", "to af alt", "to af alting", "alt dobbelt", "everything double", "doubling", "doubled up", "skeler", "skeløjet", "cross eyed", "diplopi*"],
  anaphylaxis: ["anafylak*", "anaphylac*", "anaphylax*", "allergisk chok", "allergic shock"],
  myalgia: ["myalgi*", "muskelømhed", "muskelsmert*", "muskelværk*", "muscle ache*", "muscle pain*", "aching muscles", "sore muscles", "ømme muskler", "flu", "influenza*", "influenzalign*", "flu like", "flulike", "feber agtig*"],

  weak: ["did not move", "just did not move", "bevægede sig ikke", "gav efter", "gave efter", "knees gave", "knæene gav", "slap", "slapt", "slappe", "gelé", "gele", "jelly", "ingen kræfter", "ingen kraft", "no strength", "mistet kræfterne", "mister kræfterne", "mister kræfter", "losing strength", "lost strength", "svag", "svage", "svagt", "svaghed", "*svaghed*", "weak*", "kraftløs*", "slap", "slappe", "slatten", "lammet", "lammede", "lammelse*", "paraly*", "magtesløs*", "floppy", "does not move", "not moving", "bevæger sig ikke", "rører sig ikke", "bærer mig ikke", "kanikke bære mig", "svigter", "giver efter", "giving way", "gave way", "give way", "buckl*"],
  // Inflections by the Snowball stemmer: "~arm" is arm, arme, armen, armene and arms.
  limbs: ["~knæ", "knees", "knee", "~finger", "~fingre", "~arm", "~ben", "~hånd", "~fod", "~krop", "~leg", "feet", "body"],
  // All over the body, and only that ("generelt" is "in general", not everywhere).
  everywhere: ["hele kroppen", "over det hele", "all over", "whole body", "entire body", "overalt", "everywhere", "hele mig"],
  wholeBody: ["hele kroppen", "over det hele", "all over", "whole body", "entire body", "overalt", "everywhere", "generel", "generelle", "generaliseret", "generalized", "generalised", "general weakness", "general muscle", "general muscles", "hele mig"],
  neck: ["nakke*", "neck", "hovedet", "my head", "head up"],
  walkStand: ["oprejst", "upright", "på benene", "on my feet", "gå", "walk*", "stå", "stand*", "løfte*", "lift*", "rejse mig", "get up", "bærer", "bære mig", "bærer mig", "bar mig", "carry", "carrying", "bevæge*", "move"],
  holdHead: ["bære hovedet", "bære mit hoved", "carry my head", "support my head", "holde hovedet", "hold my head", "hold up my head", "keep my head", "holde mit hoved", "hold my neck", "løfte hovedet", "lift my head"],
  goAway: ["væk", "away", "over", "seng", "bed", "arbejde", "work", "ud", "out", "hjem", "home"],
  talkTo: ["snakket om", "snakker om", "snakke om", "tale om", "talte om", "taler om", "talk about", "talked about", "talking about", "tale med", "snakke med", "taler med", "talk to", "speak to", "speak with", "talk with", "telefon*", "phone", "ringe", "call"],
  faint: ["gik ud som et lys", "gik ud som en pære", "ved at ryge væk", "var ved at ryge væk", "about to pass out", "nearly fainted", "næsten besvimet", "var ved at besvime", "blev alt sort", "blev det sort", "blev alt mørkt", "røg helt ud", "var helt væk et øjeblik", "lips went blue", "lips turned blue", "lips are blue", "blue lips", "blå læber", "læberne er blå", "læberne blev blå", "blå i ansigtet", "blue in the face", "turned blue", "bleg og klam", "kold og klam", "koldsved*", "clammy", "cold sweat*", "besvim*", "faint*", "everything went black", "everything went dark", "alt blev sort", "passed out", "pass out", "passing out", "bevidstløs*", "unconscious*", "kollaps*", "collaps*", "reagerer ikke", "svarer ikke", "not responding", "unresponsive", "kanikke vække", "kanikke vågne", "kanikke wake", "sort for øjnene", "black* out", "besvimer", "faldet om", "falder om", "faldt om", "falde om", "segnet", "segner", "fell down"],
  dizzy: ["verden vipper", "rummet vipper", "alt vipper", "the world tilts", "gået ind i dørkarmen", "går ind i dørkarmen", "walked into the door frame", "walking into door frames", "på en færge", "on a ferry", "on a boat", "på en båd", "tilts", "tilting", "room tilts", "rummet tipper", "bumping into", "banker ind i", "går ind i dørkarmen", "walk like i m on a boat", "like i m on a boat", "som om jeg er på en båd", "snubler", "snublede", "snuble", "stumbling", "stumble", "stumbled", "dizzy", "mister balancen", "mistet balancen", "balanceproblem*", "losing my balance", "lose my balance", "lost my balance", "off balance", "unsteady", "ustabil på benene", "vakler", "wobbly", "ataksi*", "ataxia", "feel drunk", "føler mig fuld", "som om jeg er fuld", "føler mig beruset", "svimmel*", "dizz*", "lightheaded", "light headed", "ør i hovedet", "snurrer rundt", "det hele snurrer", "alt snurrer", "alting snurrer", "hovedet snurrer", "snurrer for mig", "det hele drejer", "alt drejer", "drejer rundt", "kører rundt", "løber rundt for mig", "rummet drejer", "verden drejer", "spinning", "room spins", "vertigo"],
  // A squeeze felt while breathing: "det strammer når jeg trækker vejret".
  squeeze: ["crushing", "crushed", "knusende", "mast", "mases", "standing on my chest", "sitting on my chest", "stram", "strammer", "stramt", "strammende", "snører", "snærer", "trykker", "trykken", "presser", "klemmer", "tight", "tightness", "squeez*", "pressure"],

  tongue: ["tungan", "tungen", "tunge", "tongue*", "tounge*", "toungue*"],
  lips: ["læbe*", "læber*", "lip", "lips", "overlæbe*", "underlæbe*"],
  swollen: ["ved med at hæve", "begyndt at hæve", "begynder at hæve", "hæve op", "puster op", "pustes op", "pustede op", "poser under øjnene", "poser under øjet", "bags under my eyes", "bags under the eyes", "swelling", "svullen", "svullna", "svullnad*", "hovne", "hovent", "hævet", "hævede", "hævet op", "pustet op", "svulmet op", "som en ballon", "blown up", "puffed up", "swelled up", "like a balloon", "hævelse*", "hæver", "hævning", "kæmpe stor*", "kæmpestor*", "enorme", "enormt store", "fylder hele", "dobbelt så store", "twice the size", "opsvulm*", "swell*", "swollen", "puffy", "puff*", "oppustet", "tyk", "tykke", "tykt", "bulet", "thick", "thicker"],
  // "hænger så meget, at jeg næsten ikke kan se": the lid is in the way, the sight is not lost.
  droopSo: ["hænger så meget", "hænger så langt", "hænger så langt ned", "droops so much", "drooping so much", "so droopy", "so much that i", "falder så meget"],
  // "ondt i halsen ... når jeg synker": the pain comes with swallowing.
  onSwallow: ["når jeg synker", "når jeg sluger", "når jeg skal synke", "ved synkning", "when i swallow", "when swallowing", "as i swallow"],
  // "my chin looks weird when I talk": the look, not the voice.
  looks: ["looks", "look", "serud"],
  // "øjnene er helt små af hævelse": the swelling is what closes them.
  fromSwelling: ["af hævelse", "af hævelsen", "af hævelserne", "from the swelling", "from swelling", "swollen shut"],
  swollenSo: ["så hævet", "så hævede", "for hævet", "for hævede", "hævet så meget", "hævede så meget", "so swollen", "too swollen", "swollen so much"],
  muscle: ["muskel", "musklen", "muskler", "musklerne", "kæbemuskl*", "tyggemuskl*", "muscle", "muscles", "jaw muscle*", "chewing muscle*"],
  smaller: ["mindre", "smaller", "tyndere", "thinner", "skrump*", "shrunk*"],
  whole: ["helt", "hele", "whole", "entire", "completely", "all over"],
  wholeFace: ["hele ansigtet", "whole face", "entire face", "all over my face", "hele hovedet", "ansigtet er helt"],
  // The face as a whole, not a cheek or the skin: "mit ansigt er lammet i den ene side".
  faceWhole: ["ansigt", "ansigtet", "face"],
  oneSide: ["i den ene side", "på den ene side", "on one side", "i venstre side", "i højre side", "on the left side", "on the right side"],
  halfFace: ["side of her face", "side of his face", "side of the face", "den ene side af ansigtet", "siden af hendes ansigt", "siden af hans ansigt", "halvsidig*", "one sided*", "halvdelen af ansigtet", "halve ansigt", "half my face", "half of my face", "side of my face", "siden af ansigtet", "side af ansigtet", "ansigtshalvdel*"],

  eye: ["øye", "øyet", "øynene", "øyne", "öga", "ögat", "ögon", "ögonen", "øje", "øjet", "øjne", "øjnene", "øjets", "øjeæble*", "eye", "eyes", "eyeball*"],
  eyelid: ["ögonlock*", "øyelokk*", "ögonlock*", "øjenlåg*", "øjelåg*", "låget", "lågene", "eyelid*", "lid", "lids"],
  brow: ["ögonbryn*", "øyenbryn*", "øjenbryn*", "~bryn", "eyebrow*", "brow", "brows", "spock*"],
  forehead: ["~pande", "forehead*"],
  mouth: ["mundhjørne*", "~mund", "mundvig*", "mouth*", "corner of my mouth"],
  smile: ["smil*", "smile*", "smiling"],
  lipSymptom: ["bider mig selv i kinden", "bider mig selv i læben", "bider mig i tungen", "biting the inside of my cheek", "bite the inside of my cheek", "biting the inside of my mouth", "mundvigene peger nedad", "mundvigen peger nedad", "mundvigene vender nedad", "corners of my mouth turn down", "corner of my mouth turns down", "bider mig i læben", "bider mig i kinden", "bide mig i kinden", "bide mig i læben", "biting my lip", "bite my lip", "biting my cheek", "bite my cheek", "bit my cheek", "bit my lip"],
  lipTask: ["pustekinder", "puff my cheeks", "puff out my cheeks", "vise tænder", "vise tænderne", "show my teeth", "pucker*", "purse my lips", "spidse munden", "spidse læberne", "pifte", "sugerør", "straw", "fløjte", "whistle", "puste", "blow", "kysse", "kiss", "holde på vand", "holde på vandet", "holde vand i munden", "hold water", "skylle munden", "rinse my mouth"],
  stroke: ["slagtilfælde", "blodprop", "stroke", "apopleksi", "hjerneblødning"],
  face: ["ansigt*", "face", "kind", "kinden", "kinder", "kinderne", "cheek*", "hud", "huden", "skin"],
  jaw: ["kæbe*", "jaw*", "kæben", "tænderskær*", "tandskær*", "grinding"],
  chew: ["tygge*", "tygger", "tygning*", "chew*", "bide", "bider", "bide sammen", "bite", "biting"],
  site: ["treated area", "treated areas", "behandlede område", "behandlede områder", "behandlede sted", "stik*", "indstik*", "stukket", "injektion*", "injection*", "inject*", "injicer*", "nål*", "needle*", "prik*"],

  close: ["lukke", "lukker", "lukkes", "close", "closes", "closing", "shut", "blink*", "knibe*", "kniber", "squeeze", "squint*"],
  shut: ["lukket", "lukkede", "lukkes", "shut", "closed", "halvt lukkede", "hævet til", "hævede til", "swollen shut", "kanikke åbne*", "kanikke open*"],
  open: ["åbne*", "open*", "åben"],

  vision: ["syn", "synet", "*synsforstyrrelse*", "vision", "sight", "eyesight", "synsfelt*", "dobbeltsyn", "sidesyn*", "peripheral vision", "side vision"],
  see: ["se", "ser", "see", "seeing", "sees"],
  double: ["dobbelt", "dobbeltsyn", "double", "to af alt*", "two of everything", "alt dobbelt", "kanikke følges ad", "følges ikke ad", "not moving together", "not aligned", "kanikke følge med hinanden", "kanikke follow the other", "kanikke follow each other", "not following each other", "not following the other", "do not move together"],
  blurred: ["alt er tåget", "synet er tåget", "tåget syn", "tåget for øjnene", "*synsforstyrrelse*", "sløret", "slørede", "sløret syn", "blæn", "slør for øjnene", "tåge for øjnene", "film over øjnene", "uskarp*", "blur*", "uklar*", "tågesyn", "tågede", "foggy", "fuzzy", "hazy", "ikke skarpt", "not clear*", "not sharp"],
  blind: ["going dark", "kept going dark", "keep going dark", "goes dark", "go dark", "sortner", "bliver sort for øjnene", "mørkt for det ene øje", "mørkt for øjet", "mørkt for øjnene", "mørkt for mit øje", "sort for det ene øje", "sort for øjet", "sort for øjnene", "sort for mit øje", "sortner for", "sortnede for", "dark in one eye", "black in one eye", "gone dark in", "gone black in", "sort gardin", "mørkt gardin", "dark curtain", "black curtain", "my sight is going", "losing my sight", "mister synet", "synsfeltet er indskrænket", "indskrænket synsfelt", "alt ser sort ud", "alt ser mørkt ud", "everything looks black", "everything looks dark", "blind*", "blindhed"],
  partialSight: ["skygge over", "shadow over", "skygge i synet", "shadow in my vision", "del af synet", "del af synsfeltet", "part of my vision", "plet i synsfeltet", "plet midt i synsfeltet", "plet i synet", "sort plet i synet", "blind spot", "dark spot in my vision", "black spot in my vision", "se halvdelen", "ser halvdelen", "kun halvdelen", "see half", "only half of", "ser kun halvt", "kun se halvt", "halvdelen af synet", "half of my vision", "only see half", "skygge for øjet", "gardin for øjet", "shadow over my eye", "curtain over my eye"],
  // "Det er nok ingenting, men ...": nothing to worry about, not nothing to see.
  itsNothing: ["er det ingenting", "er nok ingenting", "er sikkert ingenting", "er måske ingenting", "er ingenting", "it s nothing", "its nothing", "it is nothing", "probably nothing", "maybe nothing", "nothing serious", "ingenting alvorligt"],
  // "ser ikke noget ud af højre øje": nothing out of an eye (never "ser ikke noget galt").
  nothingOnEye: ["ikke noget ud af", "ikke noget på", "ikke noget med", "intet ud af", "intet på", "nothing out of", "nothing with"],
  nothingSeen: ["ingenting", "nothing", "intet", "kun sort", "alt er sort", "alt blev sort", "everything is black", "everything went dark", "everything went black", "went black", "went dark", "turned black", "gone black", "gone dark", "sort for øjnene", "mørkt for øjnene"],
  // "blå mærke under øjet, ellers intet" / "vision has gone fuzzy": no sight lost.
  notSightLoss: ["nothing else", "nothing more", "intet andet", "ikke andet", "ellers intet", "ellers ingenting", "ingenting andet", "gone fuzzy", "gone blurry", "gone blurred", "gone foggy", "gone cloudy", "gone hazy", "gone funny", "gone weird", "gone strange", "gone double", "gone wonky"],
  lost: ["mistet", "miste", "mister", "lost", "lose", "losing", "forsvundet", "væk", "gone"],
  visionChange: ["ikke som det plejer", "ikke som normalt", "ikke normalt", "not normal", "not right", "not as usual", "not like usual", "dim", "dimmed", "darker", "mørkere", "dunkel*", "mærkelig*", "underlig*", "forstyr*", "ændret", "påvirket", "flimr*", "flimmer*", "flicker*", "flash*", "lysglimt", "weird", "strange", "changed", "affected", "problem*", "trouble", "dårlig*", "bad", "worse"],

  raised: ["for høje", "for højt", "for høj", "too high", "løftet", "løftede", "lifted", "raised", "arched", "spock*"],
  readTask: ["læse", "læser", "read", "reading"],
  blink: ["blinke", "blinker", "blink"],
  eyeRed: ["det hvide i øjet", "det hvide i øjnene", "the white of my eye", "the whites of my eyes", "white of the eye", "blodskud*", "bloodshot", "røde øjne", "rødt øje", "red eye", "red eyes"],
  swallowOdd: ["det føles mærkeligt", "det føles underligt", "det føles forkert", "det føles sært", "it feels strange", "it feels weird", "it feels odd", "it feels wrong"],
  oddSwallowing: ["føles mærkeligt at synke", "føles underligt at synke", "føles forkert at synke", "feels strange to swallow", "feels weird to swallow", "feels odd to swallow", "feels wrong to swallow"],
  surprisedLook: ["look surprised", "looks surprised", "looking surprised", "surprised look", "serud overrasket", "overrasket udtryk", "overrasket ud", "spock*"],
  wheals: ["myggestik", "ligner myggestik", "mosquito bites", "mosquito bite", "insect bites", "bug bites", "kvaddel", "kvadler", "quaddel", "quadler"],
  rash: ["allergisk reaktion", "allergic reaction", "allergi*", "allergic*", "nældefeber", "*nældefeber*", "hives", "urticaria", "udslæt*", "rash*", "eksem*", "eczema", "røde pletter", "red spots", "red blotches", "pletter", "blotch*"],
  itch: ["kløe", "klør", "kløende", "klø", "itch*", "kilder", "kildren", "kildrer", "tickl*"],

  pain: ["smerter", "smerte", "vondt", "ont", "ondt", "smert*", "*smerte*", "pain*", "hurt", "hurts", "hurting", "hurted", "ache*", "aching", "værk*", "jagende", "jager", "jagen", "stikker"],
  severe: ["meget", "voldsom*", "slem*", "frygtelig*", "kraftig*", "severe*", "very", "really", "extreme*", "terrible", "unbearable", "ulidelig*", "intens*", "intense*", "enormt", "vildt", "mega", "so much", "så ondt", "rigtig", "rigtigt", "helt vildt", "awful", "horrible", "worst", "sindssygt", "forfærdelig*"],
  mild: ["lidt", "let", "lette", "mild*", "slight*", "small", "little", "bit", "små", "lille", "smule", "minor", "svag", "svagt", "en anelse"],
  tender: ["kradser", "kradsende", "scratchy", "raspy", "er øm", "føles øm", "ømt", "ømme", "ømhed", "tender*", "sore*", "sensitive", "følsom*", "sart", "brænd*", "burn*", "sviende", "svier", "sting*"],

  bruise: ["blå mærke*", "blåt mærke", "black eye", "black eyes", "sort øje", "blåt øje", "shiner", "blåmærke*", "blå mærker", "blåt", "blå", "bruis*", "blodudtrædning*", "hæmatom*", "misfarv*", "discolo*", "purple", "lilla"],
  redness: ["rød", "rødt", "røde", "rødme*", "rødlig*", "rødmen", "red", "redness", "reddish", "irriter*", "irritated"],
  bumps: ["lille mærke", "små mærker", "rødt mærke", "red mark", "bule*", "buler", "knude*", "knop*", "bump*", "lump", "lumps", "quaddel*", "kvaddel*", "hævelser", "bobl*", "prikker", "dots"],
  warm: ["varm*", "hot", "warm*", "hede", "hedt", "glød*", "røde striber", "rød stribe", "red streak*", "red line*"],
  pus: ["boil", "boils", "abscess*", "absces*", "hvid prik", "hvide prikker", "white spot", "white head", "whitehead*", "weeping", "weeps", "materie", "pus", "puss", "gul væske", "siver", "væske fra", "væske ud", "væsker fra", "fluid coming", "yellow stuff", "white stuff", "stuff coming out", "gult stads", "gult stof", "gult skidt", "kommer noget ud", "løber noget ud", "siver noget ud", "ooz*", "discharge", "byld*", "abscess*", "betændelse", "betændt", "inficeret", "infektion*", "infect*", "infection"],
  fever: ["kuldegys*", "fryser", "shivers", "har 38", "har 39", "har 40", "have 38", "have 39", "have 40", "fever", "feber", "feberen", "febril", "feberagtig", "feberfornemmelse", "febersyg", "fever*", "har temperatur", "har lidt temperatur", "høj temperatur", "forhøjet temperatur", "temperaturen er høj", "have a temperature", "got a temperature", "running a temperature", "high temperature", "kulderystelse*", "chills", "shivering", "38 grader", "39 grader", "40 grader", "41 grader", "38 degrees", "39 degrees", "40 degrees"],
  spreading: ["vokser", "vokset", "spreder sig", "breder sig", "bliver større", "er blevet større", "growing", "spreading", "getting bigger"],
  worsening: ["værre", "worse", "worsening", "større", "bigger", "larger", "vokser", "vokse", "vokset", "grow*", "bliver ved", "keeps", "keep getting", "spred*", "breder sig", "breder", "spreading", "spreads", "tiltager*", "tiltagende", "increas*", "mere og mere", "more and more", "udvider sig", "expanding", "forværr*"],
  lasting: ["kanikke stoppe", "kanikke stop", "stopper ikke", "does not stop", "will not stop", "kanikke holde op", "holder ikke op", "stadig", "still", "vedvarende", "længerevarende", "langvarig*", "long lasting", "persist*", "konstant*", "constant*", "hele tiden", "all the time", "hver dag", "hver eneste dag", "every day", "every single day", "keeps coming back", "kommer igen og igen", "bliver ved med at komme igen", "går ikke væk", "siden behandlingen", "since the treatment", "not going away", "kanikke go away", "kanikke forsvinde", "kanikke gå væk", "kanikke gå over", "går ikke over", "ikke gået væk", "not gone", "flere dage", "several days", "days now", "dage nu"],

  droop: ["sjunkit", "sjunker", "hänger", "henger", "hengende", "røget ned", "røget helt ned", "røget længere ned", "keep closing", "keeps closing", "closing on their own", "closing by themselves", "lukker sig af sig selv", "lukker sig selv", "falder i af sig selv", "closes by itself", "closes on its own", "falder i", "lukker i af sig selv", "kanikke stay up", "kanikke stay open", "kanikke blive oppe", "heng*", "melting", "smelter", "hooded", "hæng*", "hang*", "droop*", "drop*", "sagg*", "faldet", "falder", "falde", "fallen", "falling", "lavere", "lower", "nedsunk*", "gået ned", "går ned", "sunket", "ikke op", "ikke rigtigt op", "kanikke op", "halvt lukket", "halvlukket", "half closed", "half shut", "ptose", "ptosis"],
  heavy: ["bly", "som bly", "like lead", "blytung*", "tung", "tungt", "tunge", "tungeadj", "tungere", "heavy*", "havy", "hevy", "tyngde*", "shallow", "overfladisk*"],
  // "tåget" (foggy) folds into "taget" (taken): it counts only beside the eyes or sight.
  foggy: ["tåget", "gennem tåge", "through fog", "through a fog", "foggy", "fog", "dis", "diset", "disede", "misty", "hazy"],
  lightPain: ["lysfølsom*", "lysky", "sensitive to light", "light sensitiv*", "photophobi*", "kanikke tolerere lys", "kanikke tolerere lyset", "kanikke tolerere sollys", "kanikke stand light", "light hurts"],
  big: ["bigger", "larger", "dilated", "udvidet", "udvidede", "fat", "fede", "thick", "tyk", "tykke", "store", "stor", "big", "huge", "kæmpe", "for stor", "for store", "too big", "too large", "alt for stor", "større end normalt", "bigger than normal", "fylder alt", "fylder for meget"],
  seizure: ["anfald", "krampeanfald", "epilep*", "seizure*", "convuls*", "trækninger i hele kroppen", "kramper i hele kroppen"],
  painFree: ["ondt af dem", "ondt af ham", "ondt af hende", "ondt af dig", "ondt af jer", "ondt af folk", "smertefri*", "painless", "pain free", "smertefrit", "uden smerter", "without pain", "no pain"],
  glands: ["lymfe*", "lymfeknude*", "lymph*", "kirtler", "kirtlerne", "glands"],
  chin: ["~hage", "chin"],
  focus: ["fokuser*", "focus*", "skarpstill*"],
  hear: ["hører", "høre", "hørelse*", "hørelsen", "hearing", "hear"],
  fromSomeone: ["fra jer", "fra dig", "fra lægen", "fra klinikken", "from you", "from the clinic", "from the doctor", "back"],
  eyeBlood: ["blodrød*", "blood red", "blodskudt*", "blod i øjet", "blod i øjnene", "blødning i øjet", "blodsprængt*", "bloodshot", "blood in my eye", "blood in the eye", "rød plet i det hvide", "red spot in the white"],
  tasteLoss: ["metalsmag", "metallic taste", "metal taste", "mærkelig smag", "underlig smag", "strange taste", "weird taste", "smager mærkeligt", "smager af metal", "tastes weird", "tastes strange", "mistet smagssansen", "mistet smagen", "mistet smag", "smager ikke noget", "smager ingenting", "kanikke smage", "ingen smag", "lost my taste", "lost my sense of taste", "kanikke taste", "no taste"],
  palpitations: ["skipping beats", "skips beats", "skipped beats", "skipping a beat", "ekstraslag", "uregelmæssig puls", "uregelmæssig hjerterytme", "irregular heartbeat", "irregular pulse", "hjertet dunker", "heart is thumping", "hjertebanken", "hjertet banker", "hjertet hamrer", "hjertet galoperer", "hjertet springer", "palpitation*", "heart racing", "racing heart", "heart is racing", "heart is pounding", "heart pounding", "høj puls", "uregelmæssig puls", "irregular heartbeat"],
  // Told by what the family sees: "spurgt tre gange hvilken dag det er", "seems muddled".
  confused: ["hvad dag det er", "det er ikke ham", "det er ikke hende", "not himself at all", "not herself at all", "muddled", "hvilken dag det er", "what day it is", "what day it was", "same thing three times", "same thing 3 times", "asked me three times", "asked me 3 times", "spurgt tre gange", "spurgt 3 gange", "gentager sig selv", "gentager mig selv", "repeating herself", "repeating himself", "didn t remember", "did not remember", "kan ikke huske hvad", "husker ikke hvad", "kanikke stay awake", "kanikke holde mig vågen", "svær at vække", "hard to wake", "ser ting der ikke er der", "seeing things", "hallucin*", "forvirret", "forvirring", "omtåget", "desorienteret", "confused", "confusion", "disoriented"],
  about: ["over", "om", "about", "by", "angående", "regarding"],
  cancel: ["aflys*", "cancel*", "flytte tiden", "flytte min tid", "rykke tiden", "reschedul*"],
  uneven: ["one side", "to one side", "pulled to one side", "trukket til den ene side", "trukket skævt", "wonky", "weird", "odd", "strange", "mærkelig", "mærkeligt", "underlig", "underligt", "on one side", "i den ene side", "skæv*", "crooked", "asym*", "usymmetr*", "uneven", "ulige", "forskellig*", "anderledes", "different", "højere", "higher", "lopsided", "mere lukket", "more closed", "for lave", "for lavt", "too low", "trækker opad", "trækker op", "trækkes opad", "pulls up", "pulled up", "mere åben", "mere åbent", "mere åbne", "more open", "wider open", "større end det andet", "mindre end det andet", "bigger than the other", "smaller than the other", "ujævn*", "spock*", "ikke ens", "not the same", "not even", "løftet", "raised", "ikke lige", "not level", "not straight", "different heights", "end det andet", "end den anden", "than the other", "mere end", "den ene side", "kun den ene", "only one side", "one side only"],
  drool: ["ud af mundvig*", "out of the corner of my mouth", "spilde", "holde på spyttet", "holde spyttet", "hold my saliva", "spyttet løber", "savl*", "drool*", "dribbl*", "løber ud af munden", "ud af munden", "ud af mundvigen", "out of my mouth", "spilder", "spild", "spill", "spills", "spilled", "spilling", "spilt"],
  leak: ["løber ud", "løber ned", "løber det ud", "løber det ned", "løber ned ad", "drypper det", "siver ud", "drypper", "leak*", "runs out", "running out", "dripping"],
  dry: ["tør", "tørt", "tørre", "tørhed", "dry", "dryness", "drier"],
  dryMouth: ["munden føles som pap", "mund som pap", "som pap i munden", "like cardboard", "mouth full of cotton", "munden er som vat", "mundtør*", "knastør i munden", "munden er knastør", "mund er knastør", "klæber til ganen", "sticks to the roof of my mouth", "mouth is bone dry", "bone dry mouth"],
  dryEye: ["øjentør*", "tørre øjne"],
  stiff: ["beton", "som beton", "cement", "concrete", "frosset", "frossen", "frozen", "som en maske", "like a mask", "spænder", "det spænder", "spændt", "spændthed", "stiv", "stivt", "stift", "stive", "unaturlig*", "unnatural*", "stivhed", "stiff", "stiffness", "stram", "stramt", "stramhed", "strammer", "feels tight", "tight feeling"],
  teary: ["making water", "like i am crying", "som om jeg græder", "som om jeg har grædt", "tears all the time", "løber i vand", "løber med vand", "løber i tårer", "tåreflåd*", "rindende", "rinder", "tårer*", "tårende", "watery", "watering", "tearing", "teary", "streaming", "eyes water", "eye waters", "eyes are watering"],
  sweating: ["sved", "sveder", "svedt*", "svedig*", "svede", "sweat*", "perspir*"],
  more: ["mere", "more", "øget", "increased", "ekstra", "extra", "værre", "worse"],
  grit: ["sand", "grus", "gruset", "gritty", "sandy", "fremmedlegeme", "something in my eye"],
  headache: ["head is pounding", "pounding head", "head is throbbing", "throbbing head", "hovedet dunker", "dunker i hovedet", "hovedet banker", "banker i hovedet", "hovedpine*", "headache*", "head ache", "head aches", "migræne*", "migraine*", "ondt i hovedet", "head hurts", "hovedet gør ondt"],
  wasting: ["atrofi*", "muskelsvind", "svind*", "wasting", "atroph*", "indfald*", "faldet ind", "falder ind", "sunket ind", "sunken in", "sunk in", "fallen in", "caved in", "indsunk*", "sunken", "hollow*", "huller", "hul", "hule", "hulere", "skrump*", "shrunk*", "shrink*", "fordybning*"],
  // "can't feel my lips": the feeling, not the effect ("kan ikke mærke effekten" is no numbness).
  noFeel: ["kanikke feel", "kanikke føle"],
  // "kan ikke mærke min tunge": said of the mouth or limbs, never of the treated forehead,
  // where "kan ikke mærke effekten" is something else.
  noFeelBody: ["kanikke mærke", "mærker ikke"],
  numb: ["som efter bedøvelse", "like after anaesthesia", "like after anesthesia", "som efter en bedøvelse", "prikkende", "ikke min egen hud", "not my own skin", "mistet følelsen", "mister følelsen", "mistet følesansen", "lost feeling", "lost the feeling", "lost all feeling", "fingrene sover", "fingre sover", "hånden sover", "hænderne sover", "armen sover", "føles som om den sover", "som om den sover", "som om det sover", "som om de sover", "læberne sover", "læben sover", "ansigtet sover", "kinden sover", "kinderne sover", "hagen sover", "panden sover", "tungen sover", "feels asleep", "is asleep", "are asleep", "falling asleep", "følelsesløs*", "numb", "numbness", "numbing", "snurrende", "snurrer i", "sovende fornemmelse", "pins and needles", "bedøvet", "føles bedøvet", "føles død", "føles helt død", "føles lidt død", "feels dead", "dead feeling", "fået bedøvelse", "som hos tandlægen", "som efter tandlægen", "at the dentist", "prikken", "snurren", "tingl*", "sovende", "ingen følelse", "no feeling"],
  nausea: ["kanikke keep food down", "kanikke keep anything down", "kanikke keep it down", "kanikke holde noget i mig", "kanikke holde maden i mig", "kvalme*", "nause*", "kaste op", "kaster op", "kastet op", "vomit*", "brække mig", "throw up", "throwing up", "sick to my stomach"],
  unwell: ["har det forfærdeligt", "har det frygteligt", "har det elendigt", "har det rigtig skidt", "feel terrible", "feel awful", "feel horrible", "feeling terrible", "feeling awful", "utilpas", "unwell", "syg", "sick", "skidt", "sløj", "træt*", "tired*", "fatigue*", "udmattet", "exhausted", "mat", "ill"],
  twitch: ["spjæt*", "flagrer", "fluttering", "flutters", "trækning*", "trækker i", "dirrer", "flimrer", "spasm*", "twitch*", "sitren", "sitrer", "kramp*", "cramp*", "zittern"],

  effect: ["sket noget", "sker noget", "er sket", "angry face", "sur mine", "vred mine", "vredt ansigt", "effekt*", "virkning*", "effect*", "result*", "resultat*", "forskel*", "difference", "no change", "any change", "virker", "virket", "working", "worked", "mærke noget", "mærker noget", "mærket noget", "kicked in", "kick in", "kicks in", "taken effect", "sat ind", "slået igennem", "mærke nogen", "mærker ingen", "notice*", "feel any", "feel a difference", "rynke*", "wrinkle*", "lines", "frown*", "bevæger sig stadig", "stadig bevæge*", "still moves", "still moving", "still move", "nothing has happened yet", "nothing happened yet", "nothing is happening", "der er ikke sket noget endnu", "der sker ikke noget endnu", "intet er sket endnu", "stadig rynker", "rynker stadig", "still wrinkles", "still have wrinkles", "still see wrinkles", "still see lines"],
  fedUp: ["træt af", "trætte af", "tired of", "sick of", "sick and tired"],
  // The treatment working is no complaint: "kan ikke rynke panden mere".
  notComplaint: ["fejler ikke noget", "fejler intet", "fejler ingenting", "nothing wrong", "nothing is wrong", "vente", "wait", "waiting", "glæder", "looking forward", "side effect*", "bivirkning*", "kanikke rynke", "kanikke frown*", "kanikke lave rynker", "kanikke make wrinkles"],
  lack: ["ikke", "ik", "not", "no", "ingen", "intet", "endnu", "yet", "kanikke", "kan stadig", "can still", "stadig rynker", "rynker stadig", "still wrinkles", "still have wrinkles", "still see wrinkles", "still see lines", "bevæger sig stadig", "stadig bevæge*", "still moves", "still moving", "still move", "nothing has happened yet", "nothing happened yet", "nothing is happening", "der er ikke sket noget endnu", "der sker ikke noget endnu", "intet er sket endnu", "kun", "only", "delvis*", "partial*", "halv*", "ikk", "any", "nogen"],
};

export type Concept = keyof typeof LEXICON;
