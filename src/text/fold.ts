import { shortSlip, withinOneEdit } from "./typo-edits.js";

// Patients write "øjenlåg", "oejenlaag" and "ojenlag" for the same word. Folding all three
// to one spelling lets the rules be written once, in plain Danish, and match every variant.
// One pass, left to right: "faaet" (fået) is "fa|a|et" -> "faet", where three passes made "fat".
const DANISH_LETTERS = /æ|ä|ø|ö|å|aa|ae|oe/g;
const DANISH_PLAIN: Record<string, string> = { æ: "a", ä: "a", ø: "o", ö: "o", å: "a", aa: "a", ae: "a", oe: "o" };
const plainLetters = (s: string) => s.replace(DANISH_LETTERS, (m) => DANISH_PLAIN[m]!);

// "kan næsten ikke synke": the words allowed between "kan" and "ikke", read with one slip in
// the longer ones ("kan næstn ikke") so that a typo there does not hide the red flag.
const CAN_FILLERS = new Set("jeg hun han du vi de man heller stadig nasten nesten narmest slet simpelthen overhovedet nu bare virkelig rigtig altsa pludselig faktisk jo da dog egentlig desvarre endnu lige ogsa helt sgu sku fandme fanme fandeme satme fucking ligesom liksom".split(" "));
const SUBJECTS = new Set(["jeg", "hun", "han", "du", "vi", "de", "man"]);
const LONG_FILLERS = [...CAN_FILLERS].filter((w) => w.length >= 5);
const CAN_NOT = /\b(?:kan|ka|kn|kunne|kunnet)\s+((?:(?!(?:kan|ka|kn|kunne|kunnet)\s)[a-z]+\s+){0,3}?)(?:ikke|ik|ikk|ike|ikek|ikkr|inte)\b/g;
const isFiller = (word: string) => CAN_FILLERS.has(word) || (word.length >= 5 && LONG_FILLERS.some((f) => withinOneEdit(word, f)));

// Phrases whose "not" is part of the symptom ("kan ikke synke", "får ikke luft") are
// rewritten to one token first, so the negation rules never read them as "no symptom".
export const IDIOMS: ReadonlyArray<[RegExp, string]> = [
  // Norwegian and Swedish: "klarer ikke å svelge", "klarar inte att andas".
  [/\b(?:klarer|klarar|greier)\s+(?:ikke|inte)\b/g, " kanikke "],
  // The Norwegian and Swedish order, and a Danish subordinate clause: "ikke klarer å svelge", "om jag inte klarar".
  [/\b(?:ikke|inte)\s+(?:klarer|klarar|greier|klare|klara)\b/g, " kanikke "],
  // "fikk dem ikke opp", "jeg ikke fikk dem opp": could not get them up.
  [/\b(?:ikke|inte)\s+(?:fikk|fick)\b|\b(?:fikk|fick)\s+(?:ikke|inte)\b/g, " kanikke fa "],
  [/\b(?:ikke|ik|ikk)\s+(?:(?:rigtig|rigtigt|helt|ordentlig|ordentligt|lige|længere|langere|mere|altid|sa|nok|just|jeg|du|han|hun|vi|de|man)\s+){0,2}(?:kan|kunne|kunnet|i stand til)\b/g, " kanikke "],
  [/\b(?:vil|ville)\s+(?:(?:bare|slet|simpelthen|overhovedet|altsa|sgu|ligesom|liksom|jo|nu)\s+){0,2}(?:ikke|ik|ikk)\b/g, " kanikke "],
  [/\b(?:ikke|ik)\s+(?:vil|ville)\b/g, " kanikke "],
  [/\b(?:ikke|not)\s+(?:varet\s+|haft\s+|blevet\s+|been\s+)?(?:i stand til|able to|mulig(?:t)? at)\b/g, " kanikke "],
  [/\bude af stand til\b/g, " kanikke "],
  // "har ikke kræfter til at rejse mig", "too weak to stand": no strength for it is not being able to.
  [/\b(?:har\s+)?(?:ikke|ingen)\s+(?:nok\s+)?krafter\s+til(?:\s+at)?\b|\b(?:for\s+svag|too\s+weak)\s+(?:til|to)(?:\s+at)?\b/g, " kanikke "],
  [/\b(?:kan|ka|can|could)\s+(?:hverken|neither)\b/g, " kanikke "],
  [/\b(?:can\s*not|can'?t|cant|cnt|cna'?t|cannt|catn|cnat|camt|canr|ca'nt|could\s*not|couldn'?t|couldnt|unable to|not able to|no longer able to|not (?:being|beeing|beig|bieng|be) able to|there is no way i can|theres no way i can|no way i can|won'?t|wont|will not)\b/g, " kanikke "],
  [/\b(?:far|faar|fa|get|getting)\s+(?:(?:sgu|sku|fandme|fanme|satme|jo|bare|stadig|nasten)\s+)?(?:ikke|ik|ikk|not|no)\s+(?:nok\s+|ordentligt\s+|rigtig\s+|rigtigt\s+|helt\s+|enough\s+)?(?:luft|air|puste|ilt|oxygen)\b/g, " luftmangel "],
  [/\b(?:mangler|mangel pa|short of|out of|ingen|no|ikke nok|not enough)\s+(?:luft|breath|air|ilt|oxygen)\b/g, " luftmangel "],
  // "ingen stemme overhovedet", "no voice at all": the voice gone, not a voice denied.
  [/\b(?:ingen|no|zero)\s+(?:stemme|voice)\b(?!\s+(?:problem\w*|issues?|changes?|trouble|besvaer|aendring\w*))/g, " stemmen forsvundet "],
  // "Se billede", "see the attached photo": the writer asks the reader to look, nothing about sight.
  [/(?<!\b(?:kanikke|ikke|not|never|aldrig)\s+)\b(?:se|see|kig pa|look at)\s+(?:(?:det|the|mit|my|vedhaeftede|vedhaftede|attached|vedlagte)\s+)?(?:billede|billedet|billeder|foto|fotoet|photo|picture|pic|vedhaeftede|vedhaftede|attached|vedlagte)\b/g, " vedhaeftet billede "],
  // "sveder som aldrig før", "like never before": more than ever, no denial.
  [/\b(?:som|like)\s+(?:aldrig|never)\s+(?:for|before)\b/g, " voldsomt "],
  // "she doesn't sound like herself": the voice changed, told by what it is not.
  // Only said of a person: "that doesn't sound right" is about what was said.
  [/\b(she|he|i|they)\s+(?:do|dos|does|did)\s+not\s+sound\s+(?:like\s+)?(?:herself|himself|myself|themselves|normal|right|the same)\b/g, " $1 stemmen er ikke som den plejer "],
  // "gaber hele tiden for at få luft": yawning or gasping for air, not going out for some.
  [/\b(?:gaber|gabe|gisper|gispe|hiver|hive|kamper|kampe)\s+(?:[a-z]+\s+){0,3}for at fa luft\b/g, " luftmangel "],
  // "har det ikke godt", "not feeling well": feeling unwell, not a denial of something.
  [/\bhar det (?:(?:sgu|virkelig|slet|rigtig|bare|overhovedet|altsa|ikke sa)\s+)?(?:ikke|ik|ikk) (?:(?:sa|for|ret|sarlig|helt)\s+)?godt\b/g, " utilpas "],
  [/\bhar det (?:(?:sa|meget|rigtig|virkelig|helt)\s+)?(?:darligt|skidt|elendigt|ad helvede til)\b/g, " utilpas "],
  [/\b(?:not feeling|do not feel|does not feel|did not feel) (?:(?:very|so|too|that)\s+)?(?:well|good|great|right|ok|okay)\b/g, " unwell "],
  // "Hævelsen ved øjet er gået ned" is a swelling going down, not an eyelid coming down.
  [/\b(havelse(?:n|rne)?(?:\s+[a-z]+){0,3}?)\s+er\s+(?:nu\s+|allerede\s+)?gaet ned\b/g, "$1 er aftaget"],
];

// Figures of speech that borrow a symptom's words: "det tager pusten fra mig", "I can't stand
// waiting", "a heavy week". They are read as what they mean, so no rule and no screen reads a
// symptom in them. Folded spelling (æ/å to a, ø to o).
export const FIGURES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:tager|tog|taget)\s+pusten\s+fra\s+(?:mig|os|en)\b|\b(?:took|takes|take)\s+(?:my|your|our)\s+breath\s+away\b|\bbreath\s*taking\b/g, " imponerende "],
  [/\b(?:(?:var|er)\s+ved\s+at\s+)?(?:do|dode|doer)\s+af\s+grin\b|\b(?:nearly\s+|almost\s+)?(?:died|dying|die)\s+(?:laughing|of\s+laughter|with\s+laughter)\b|\bgrinede\s+mig\s+ihjel\b/g, " morsomt "],
  [/\b(?:sidder|sad)\s+(?:lidt\s+|stadig\s+)?i\s+halsen\s+pa\s+mig\b/g, " argrer mig "],
  [/\b(?:min|my)\s+(?:mund|mouth)\s+(?:lober|runs|ran)\b/g, " snakkesalig "],
  // "for en god ordens skyld": just to be sure, no words that fail.
  [/\bfor\s+(?:en\s+)?god\s+ordens\s+skyld\b/g, " for en sikkerheds skyld "],
  // "ser sort på fremtiden", "det ser sort ud for min ferie": gloom, not sight.
  [/\b(?:ser|sa|se)\s+(?:lidt\s+|meget\s+|helt\s+)?sort\s+(?:pa|ud\s+for)\b/g, " pessimistisk "],
  // Relief told with the breath: "I kan godt ånde lettet op", "breathe a sigh of relief", "puste ud".
  [/\b(?:ande|ander|andede)\s+lettet\s+op\b|\bbreathe\s+(?:a\s+sigh\s+of\s+relief|easy|easier)\b|\bbreathed\s+a\s+sigh\s+of\s+relief\b/g, " lettet "],
  [/\b(?:hjertet|hjerte)\s+(?:oppe\s+)?i\s+halsen\b|\bsommerfugle\s+i\s+maven\b|\bbutterflies\s+in\s+my\s+stomach\b|\b(?:kolde\s+fodder|cold\s+feet)\b/g, " nervos "],
  [/\b(?:er\s+|altid\s+)?svag\s+for\b|\b(?:a\s+)?(?:weakness|soft\s+spot)\s+for\b/g, " holder af "],
  [/\b(?:can\s*not|can'?t|cannot|could\s*not|couldn'?t)\s+stand\s+(?=(?:waiting|it|that|this|the|him|her|them|people|being|when|how|having|seeing|looking)\b)/g, " dislike "],
  [/\btor\s+(?:ikke|ik|godt|nok)\b|\bturde\b/g, " vover "],
  // A hot, heavy or tight day, week or schedule is no warm, heavy or tight skin.
  [/\b(?:varm|varmt|varme|hot|warm|tung|tungt|tunge|heavy|stram|stramt|stramme|tight|travl|travlt|hard|haard)\s+(?:og\s+[a-z]+\s+|and\s+[a-z]+\s+)?(?:dag|dage|dagen|uge|ugen|uger|weekend|nat|natten|aften|morgen|periode|kalender|program|skema|vejr|vejret|sommer|week|weeks|day|days|night|evening|morning|schedule|calendar|weather|summer|month|maned)\b/g, " travl tid "],
  // Speechless, laughing till one cannot breathe, a lump in the throat of joy: delight, not a red flag.
  [/\b(?:can\s*not|can'?t|cannot|could\s*not|couldn'?t)\s+get\s+a\s+word\s+out\s+(?=(?:when|at|over|af)\b)|\bgobsmacked\b|\bmalos\b/g, " malloes "],
  [/\b(?:griner|grinede|grine|laughing|laughed)\b(?:\s+[a-z]+){0,12}?\s+(?:fa\s+luft|fa\s+vejret|breathe|trakke\s+vejret)\b/g, " morsomt "],
  [/\bklump\s+i\s+halsen\s+(?=(?:af|over|da|when|of|from)\b)/g, " rort "],
  [/\bdying\s+to\s+(?=(?:see|know|try|get)\b)/g, " glaeder mig til at "],
  [/\bflat\s+out\s+like\s+a\s+lizard\s+drinking\b|\bsweat(?:ing)?\s+bullets\b/g, " travl "],
  // Swallowing a price, breathless with excitement: figures, not signs.
  [/\b(?:can\s*not|can'?t|cannot|kan\s+ikke|kan\s+ik)\s+(?:swallow|sluge|synke)\s+(?=(?:that|the|this|den|det|prisen|regningen|price|bill|news)\b)/g, " kan ikke acceptere "],
  [/\b(?:stakandet|forpustet|breathless|out\s+of\s+breath|andelos)\s+(?:af|with|from|over)\s+(?:begejstring|glaede|spaending|excitement|joy|happiness|grin|laughter)\b/g, " begejstret "],
  // Busy, not ill: "knap tid til at synke en kop kaffe", "min chef kvæler mig i opgaver", "drowning in work".
  [/\b(?:tid|time)\s+(?:til\s+at|to)\s+(?:synke|spise|drikke|traekke\s+vejret|swallow|eat|breathe)(?:\s+(?:en|et|a|my|min|mit)\s+[a-z]+(?:\s+[a-z]+)?)?\b/g, " travl "],
  // Spinning the class, and "chill" the slang, are no vertigo and no fever.
  [/\b(efter|til|fra|after|to|from)\s+spinning\b/g, "$1 cykeltime"],
  [/\bchill(?:ing)?\b(?!s)/g, " afslappet "],
  [/\b(?:kvaeler|kvaler|kvalte|drukner|druknede)\s+(?:mig|os)\s+i\b|\bdrowning\s+in\b/g, " travl med "],
  // "nearly gave me a heart attack", "could not breathe from fear", "no air in the bedroom": figures.
  [/\b(?:nearly|almost)?\s*gave\s+me\s+a\s+heart\s+attack\b|\bfik\s+(?:naesten\s+)?et\s+hjerteanfald\s+(?=(?:af|over|da)\b)/g, " forskraekket "],
  [/\b(?:could\s*not|couldn'?t|can'?t|cannot|kunne\s+ikke|kan\s+ikke)\s+(?:breathe|fa\s+vejret|traekke\s+vejret|fa\s+luft)\s+(?:from|of|with|af)\s+(?:fear|fright|skraek|excitement|laughter|grin|spaending|glaede)\b/g, " forskraekket "],
  [/\bingen\s+luft\s+i\s+(?:sovevaerelset|rummet|stuen|lejligheden|huset|kontoret)\b|\bno\s+air\s+in\s+(?:the|my)\s+(?:bedroom|room|flat|house|office)\b/g, " indelukket "],
  [/\b(?:breathless|forpustet|stakandet)\s+(?:in\s+the\s+best\s+way|pa\s+den\s+gode\s+made)\b|\btill\s+we\s+went\s+blue\b/g, " begejstret "],
  // Crow's feet are a treated area, not feet.
  [/\bcrow\s*'?\s*s?\s+feet\b/g, " kragetaer "],
  // "fik kuldegysninger da jeg så regningen", "er det chill": no chills, no fever.
  [/\b(?:kuldegys\w*|gasehud|chills|goosebumps)\s+(?=(?:da|nar|when|over|af)\b)/g, " overrasket "],
  [/\b(?:er|is)\s+(?:det|it)\s+chill\b/g, " er det ok "],
  // "nearly passed out when I saw how smooth it is", "of excitement": joy or shock at something
  // seen, heard or felt, not a faint. "When I stood up" is no such cause: that faint is a sign.
  [/\b(?:nearly|almost|was about to|var ved at|var lige ved at|holl pa att|holl pa at|blev naesten|ble nesten|blev nasten|naesten|nesten|nasten)\s+(?:pass(?:ed)?\s+out|faint(?:ed)?|besvime|svimma|falde (?:besvimet\s+)?om|falle om|choked?\s+on\s+(?:my|the|her|his)\s+[a-z]+|svimmel|dizzy|kvalt)\s+(?=(?:when|da|nar)\s+(?:[a-z]+\s+){0,2}?(?:saw|see|sees|looked|heard|read|said|told|sa|saa|kiggede|horte|laeste|sagde|fortalte)\b|(?:of|from|af|av|with|over)\s+(?:[a-z]+\s+)?(?:grin|latter|laughter|laughing|glaede|joy|spaending|spanning|excitement|suspense|skraek|fright|shock|chok|nerver|nerves|begejstring|lykke|happiness|prisen|price|regningen)\b)/g, " overvaeldet "],
  // Heavy lifting at the gym is training, not a heavy limb.
  [/\bheavy\s+(?:lifting|weights|lifts)\b|\btunge\s+(?:loft|vaegte|vagte)\b/g, " styrketraening "],
  // "har det skidt med nåle" is a dislike, not feeling unwell.
  [/\bhar det (?:lidt\s+|virkelig\s+|rigtig\s+)?(?:skidt|darligt|svart|stramt) med\b/g, " bryder mig ikke om "],
  // A tight purse, a lump in the throat while asking, melting in the heat: figures.
  [/\b(?:okonomi|okonomien|budget|budgettet|pengepungen|finances|money|budget)\s+(?:er|is|is\s+a\s+bit|er\s+lidt|er\s+meget|is\s+very|is\s+pretty)?\s*(?:stram|stramt|tight)\b/g, " sparsommelig "],
  [/\b(?:bit\s+of\s+)?a\s+lump\s+in\s+my\s+throat\s+(?=(?:asking|writing|when|just|thinking|over|about|of|from)\b)/g, " nervous "],
  [/\b(?:er|var|is|am|i\s*m)\s+(?:ved\s+at\s+)?(?:smelte|melting)\b/g, " har det varmt "],
  // Skin on the outside of the neck is no throat: "pletter op ad halsen".
  [/\b(op\s+ad|ned\s+ad|pa|rundt\s+om|rundt\s+pa)\s+((?:[a-z]+\s+og\s+)?)halsen\b/g, "$1 $2halshuden"],
  [/\b(?:vejret|weather|temperaturen\s+ude)\s+(?:er|is|was|var)\s+(?:sa\s+|so\s+|meget\s+|very\s+)?(?:varmt|varm|hot|warm)\b/g, " sommervejr "],
  [/\b(?:it\s*s|its|it\s+is|det\s+er)\s+(?:sa\s+|so\s+|meget\s+|very\s+|really\s+)?(?:hot|warm|varmt)\s+(?=(?:here|outside|out|today|this\s+week|her|udenfor|ude|i\s+dag|i\s+denne\s+uge)\b)/g, " sommervejr "],
];

// "Tunge" is a tongue and the plural of "tung" (heavy). Where it plainly describes something
// else ("øjenlågene er tunge", "hævede og tunge", "tunge arme"), it becomes its own word.
const HEAVY_TUNGE: ReadonlyArray<[RegExp, string]> = [
  [/\b(er|foles|blevet|bliver|virker|ret|lidt|meget|helt|sa|mega|super|sindssygt)\s+tunge\b/g, "$1 tungeadj"],
  [/\b(havede|hovne|svage|slappe|tratte|matte|omme|stive|tykke|kolde|slove|dvaske|folelseslose)\s+og\s+tunge\b/g, "$1 og tungeadj"],
  [/\btunge\s+(?=(?:ojenlag\w*|ojne|ojnene|arme|armene|ben|benene|ojenbryn\w*|lag|skuldre|skuldrene|kinder)\b)/g, "tungeadj "],
];

const REAL_L_WORDS = new Set(["luft", "lugt", "loft", "lukt", "lyst", "lov", "let", "lidt", "list", "lys"]);
const AIR_WANTED = /\b((?:fa|far|fik|faet|mangler|savner|ingen|efter)\s+(?:(?:noget|nok|ordentlig|ordentligt|rigtig|rigtigt|ikke|ik|sgu|mere)\s+){0,2})(l[a-z]{1,4})\b/g;
// "svært ved at" and "hard to" carry the red flags that follow them ("sveart ved at synke",
// "hsrd to swallow"): one slip in them is read through, but never a real word ("svar", "had").
const DIFFICULT_AT = /\b(s[a-z]{2,5})(\s+ved\s+at)\b/g;
const HARD_TO = /\b(h[a-z]{2,4})(\s+to)\b/g;
const NOT_DIFFICULT = new Set(["svar", "start", "smart", "spart", "sort", "svare"]);
const NOT_HARD = new Set(["had", "hand", "herd", "hart", "harm", "hark", "harp", "hare", "head", "heard", "hoard", "hardy", "hards"]);
// "jeg kan godt tale og synke", "I can swallow fine": what the writer can do well is denied.
// Not when "men/but" follows: "kan godt synke, men det gør ondt" qualifies the swallowing.
const CAN_WELL = /\bkan (?:stadig |sagtens |fint |stadig sagtens )?(?:godt |fint )?(?<=(?:godt|sagtens|fint) )(tale|snakke|synke|trakke vejret|se)\b(?![\s,]+(?:og\s+[a-z]+(?:\s+vejret)?[\s,]+)?men\b)|\bcan (?:still )?(speak|talk|swallow|breathe|see) (?:fine|ok|okay|normally|well|just fine)\b(?![\s,]+(?:and\s+[a-z]+[\s,]+)?but\b)/g;
// "temperaturen er 37,2" is no fever, "temp på 38,5" is: a reading is judged by its number.
const TEMP_READING = /\b(?:(?:a|en)\s+)?(?:temperatur(?:en)?|temp|temperature|feber|feberen)\s+(?:(?:er|is|of|pa|at|omkring|around|about|lige)\s+){0,2}(\d{2})(?:[.,]\d)?\b/g;
// A pulse, a blood pressure or an oxygen saturation read off a home device is judged by its
// number, as a temperature is: "puls 128", "BT 88/52", "sat 89%".
const PULSE_READING = /\b(?:puls|pulsen|pulse|hr|heart rate|hjertefrekvens(?:en)?)\s+(?:(?:er|is|of|pa|at|pa|omkring|around|about|lige|over)\s+){0,2}(\d{2,3})\b/g;
const PRESSURE_READING = /\b(?:bt|blodtryk(?:ket)?|bp|blood pressure|blodtryk pa)\s+(?:(?:er|is|of|pa|at|omkring|around|about|lige|kun|only)\s+){0,2}(\d{2,3})\s*\/\s*\d{2,3}\b/g;
const OXYGEN_READING = /\b(?:sat|saturation|saturationen|spo2|iltmatning(?:en)?|ilt|oxygen|o2)\s+(?:(?:er|is|of|pa|at|omkring|around|about|lige|kun|only|pa)\s+){0,2}(\d{2})\s*(?:%|procent|percent)?/g;

// A swelling measured again and again, bigger each time: "5 mm kl 8, 12 mm kl 16, nu 18 mm"
// tells that it grows, though no word says so.
const MEASURE = /\b(\d+(?:[.,]\d+)?)\s*(mm|cm)\b/g;
// Two sizes count only when the last is said to be now: "5 mm, det var 8 mm i går" shrinks.
const NOW_BEFORE = /\b(?:nu|now)\s+(?:\S+\s+){0,2}$/;
function growingMeasures(s: string): string {
  const measures = [...s.matchAll(MEASURE)];
  const sizes = measures.map((m) => Number(m[1]!.replace(",", ".")) * (m[2] === "cm" ? 10 : 1));
  if (sizes.length < 2 || !sizes.every((size, i) => i === 0 || size > sizes[i - 1]!)) return s;
  const last = measures[measures.length - 1]!;
  if (sizes.length === 2 && !NOW_BEFORE.test(s.slice(0, last.index))) return s;
  return `${s.slice(0, last.index! + last[0].length)} og vokser${s.slice(last.index! + last[0].length)}`;
}

// "feberen er væk", "the dizziness has passed": a symptom said to be over is denied.
const SYMPTOM_OVER = /\b(feberen|temperaturen|svimmelheden|kvalmen|hovedpinen|havelsen|rodmen|smerten|smerterne|kloen|udslattet)\s+er\s+(?:nu\s+)?(?:helt\s+)?(?:vak|gaet over|forsvundet|borte|overstaet)\b|\bthe\s+(fever|temperature|dizziness|nausea|headache|swelling|redness|pain|itching|rash)\s+(?:is\s+gone|has\s+gone|went\s+away|has\s+passed|is\s+over)\b/g;
const FUNCTION_FINE = /\b(vejrtrakningen|synet|stemmen|talen|synkningen|synkefunktionen|breathing|vision|eyesight|sight|voice|speech|swallowing)\s+(?:er|is|feels|foles|virker|seems|er stadig|is still)\s+(?:helt\s+|totally\s+|completely\s+|perfectly\s+|heelt\s+)?(?:fin|fint|normal|normalt|ok|okay|god|godt|fine|good|upavirket|unaffected|som den plejer|som det plejer|som normalt|som altid|as usual|like normal|like always)\b/g;
// Word order with the symptom first: "feber har jeg ikke" denies, "kræfter har jeg ingen" reports.
const TOPIC_DENIED = /\b(feber|temperatur|smerter|ondt|udslat|havelse|havelser|pus|kloe|rodme|hovedpine|kvalme|bla marker)\s+har\s+(?:jeg|han|hun|vi|du|de)\s+(?:ikke|ingen)\b/g;
const TOPIC_LACKING = /\b(krafter|kraft|luft)\s+(?:har|far)\s+(?:jeg|han|hun|vi|du|de)\s+(?:ikke|ingen)\b/g;

// Most messages hold none of the idioms or figures: one pass over all of them together tells
// when none can apply, so the forty passes run only when one does (the same result either way).
export function rewriter(rules: ReadonlyArray<[RegExp, string]>): (s: string) => string {
  for (const [re] of rules) if (re.flags !== "g") throw new Error(`fold: rule ${re} must have the flag g alone`);
  const any = new RegExp(rules.map(([re]) => `(?:${re.source})`).join("|"));
  return (s) => {
    if (!any.test(s)) return s;
    for (const [re, to] of rules) s = s.replace(re, to);
    return s;
  };
}
const rewriteFigures = rewriter(FIGURES);
const rewriteIdioms = rewriter(IDIOMS);

// Whole words rewritten before the letters are folded, each for a reason of its own; one pass
// finds them all.
const BEFORE_FOLDING: Record<string, string> = {
  // "øm" (sore) would fold into "om" (about).
  øm: "ømt", oem: "ømt",
  // "tåle" (bear, tolerate) would fold into "tale" (speak): "kan ikke tåle lys" is no speech problem.
  tåle: "tolerere", taale: "tolerere", tåler: "tolerere", taaler: "tolerere", tålte: "tolerere", taalte: "tolerere",
  // "mæt" (full, after a meal) would fold into "mat" (drained).
  mæt: "mættet", maet: "mættet",
  // "Hæs" with its æ can only be hoarse: folded it would be the English "has".
  hæs: "hæshed", haes: "hæshed",
  stadigvæk: "stadig", stadigvaek: "stadig",
  // English written as spoken, with "th" said as "f" or "v": "me froat", "cant get me breff".
  froat: "throat", frote: "throat", breff: "breath", bref: "breath", breaf: "breath", brevve: "breathe", breeve: "breathe", breev: "breathe",
  mouf: "mouth", teef: "teeth", wiv: "with", fink: "think", nuffink: "nothing", nuffin: "nothing", somefink: "something", anyfink: "anything",
};
const BEFORE_FOLDING_WORDS = new RegExp(`(?<!\\p{L})(?:${Object.keys(BEFORE_FOLDING).join("|")})(?!\\p{L})`, "gu");

export function fold(text: string): string {
  let s = text.toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(BEFORE_FOLDING_WORDS, (word) => BEFORE_FOLDING[word]!);
  s = s.replace(/\b(do|does|did|have|has|had|is|are|was|were|should|would)n'?t\b/g, "$1 not");
  // Spoken Danish drops endings with an apostrophe: "æ ka' ik' synk'".
  s = s.replace(/(\p{L})'(?=[\s.,!?]|$)/gu, "$1");
  s = plainLetters(s);
  s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  s = rewriteFigures(s);
  // Written without the ring, "tåle lys" is "tale lys"; light is borne, never spoken.
  // Each rewrite below runs only when a word it needs is there: a substring test costs little.
  if (s.includes("tale ")) s = s.replace(/\btale (lys|lyset|sollys|solen|skarpt lys|skaermlys|skarmlys)\b/g, "tolerere $1");
  // "ikke" with one slip ("ikkke", "ikle", "imke", "ikek") is still "ikke": no word is spelt so.
  s = s.replace(/\b(?:i[a-z]ke|ik[a-z]e|ikk[a-z]|ik[a-z]|ikek|ik{3,}e|i{2,}kke|ikkee+)\b/g, "ikke");
  // "få ludt", "savner lufft", "får ik lut": after the words that ask for air, a word one slip
  // from "luft" is "luft" (four letters are too few for the general typo rule).
  s = s.replace(AIR_WANTED, (all, lead: string, word: string) => (!REAL_L_WORDS.has(word) && (withinOneEdit(word, "luft") || shortSlip(word, "luft")) ? `${lead}luft` : all));
  if (s.includes(" ved at")) s = s.replace(DIFFICULT_AT, (all, word: string, rest: string) => (word !== "svart" && !NOT_DIFFICULT.has(word) && withinOneEdit(word, "svart") ? `svart${rest}` : all));
  if (s.includes(" to")) s = s.replace(HARD_TO, (all, word: string, rest: string) => (word !== "hard" && !NOT_HARD.has(word) && withinOneEdit(word, "hard") ? `hard${rest}` : all));
  // "Vejrtrækningen er fin": the function named and said to be fine is denied, so a "kan ikke"
  // later in the message is not read with it.
  // "voice is fine" must not become "no voice", which the idioms read as the voice gone.
  s = s.replace(FUNCTION_FINE, (_all, fn: string) => (fn === "voice" ? "ingen voice problems" : `ingen ${fn}`));
  if (s.includes("kan ") || s.includes("can ")) s = s.replace(CAN_WELL, (_all, da?: string, en?: string) => (da ? `ingen ${da}` : `no ${en}`));
  // "kan sagtens tale og synke": the whole list is denied.
  if (s.includes(" og ") || s.includes(" and ")) s = s.replace(/\b(ingen|no) (tale|snakke|synke|se|trakke vejret|speak|talk|swallow|breathe|see) (og|and) (tale|snakke|synke|se|trakke vejret|speak|talk|swallow|breathe|see)\b/g, "$1 $2 $3 $1 $4");
  if (/\d/.test(s)) {
    s = s.replace(TEMP_READING, (all, degrees: string) => (Number(degrees) >= 38 && Number(degrees) <= 43 ? " feber " : Number(degrees) >= 34 && Number(degrees) < 38 ? " normaltemperatur " : all));
    if (/puls|hr |heart|hjerte/.test(s)) s = s.replace(PULSE_READING, (all, beats: string) => (Number(beats) >= 120 && Number(beats) <= 250 ? " hjertebanken " : all));
    if (s.includes("/")) s = s.replace(PRESSURE_READING, (all, systolic: string) => (Number(systolic) >= 40 && Number(systolic) < 90 ? " lavt blodtryk " : all));
    if (/sat|spo2|ilt|oxygen|o2/.test(s)) s = s.replace(OXYGEN_READING, (all, percent: string) => (Number(percent) >= 50 && Number(percent) < 92 ? " iltmangel " : all));
    if (s.includes("mm") || s.includes("cm")) s = growingMeasures(s);
  }
  s = s.replace(SYMPTOM_OVER, (_all, da?: string, en?: string) => (da ? `ingen ${da}` : `no ${en}`));
  // Puffing out the cheeks is a test of the mouth's muscles, not a breath.
  if (s.includes("puste")) s = s.replace(/\bpuste\s+(?:mine\s+)?(?:kinderne|kinden|kinder)\s+(?:op|ud)\b/g, "pustekinder");
  // "jeg har allergi over for æg, må jeg få botox?": an allergy one has had all along is no reaction.
  if (s.includes("allerg")) s = s.replace(/\b(?:har|have|has)\s+(?:en\s+|an\s+|a\s+)?(?:allergi|allergy)\s+(?:over\s+for|overfor|for|mod|to)\b/g, "har kendt overfolsomhed for");
  // "Tåget" (foggy) and "taget" (taken) fold alike: after "har" or "er blevet" it was taken.
  if (s.includes("taget")) s = s.replace(/\b(har|havde|blev|er blevet|bliver)\s+taget\b/g, "$1 indtaget");
  // A pounding head is a headache, so its "dunker" is no throbbing injection site.
  if (s.includes("hovedet")) s = s.replace(/\b(?:hovedet (?:dunker|banker|hamrer)|(?:dunker|banker|hamrer) i hovedet)\b/g, "hovedpine");
  // "musklerne slapper af" is the treatment working, not a slack limb.
  if (s.includes("slap")) s = s.replace(/\bslap(?:pe|per|pede|t)?\s+af\b/g, "afslappet");
  // "det ser stift ud", "ser lidt skævt ud": how it looks, never what the writer sees.
  // Not "ser ikke noget ud af øjet" (out of the eye), nor "alt ser sort ud": those are sight.
  if (s.includes("ud")) s = s.replace(/\b(?:se|ser|sa)\s+((?:(?!(?:se|ser|sa)\b)[a-z]+\s+){0,2})ud\b(?!\s+af)/g, (all, between: string) => (/\b(?:ikke|intet|noget|ingenting|sort|morkt|dobbelt|slorret|utydeligt|uskarpt|taget|sloret)\b/.test(between) ? all : `serud ${between}`));
  // "Feber har jeg ikke": the symptom said first and denied after, for the lesser symptoms only.
  if (s.includes("har")) s = s.replace(TOPIC_DENIED, "ikke $1");
  // "Kræfter har jeg ingen i armene", "luft får jeg ikke": what is missing is the symptom.
  if (s.includes("har") || s.includes("far")) s = s.replace(TOPIC_LACKING, "ingen $1");
  // "kan jeg ikke" keeps its subject before the verb ("jeg kanikke"): who cannot is still told,
  // and "så en video på tiktok, og nu kan jeg ikke synke" is the writer's, not the video's.
  s = s.replace(CAN_NOT, (all, between: string) => {
    const words = between.split(/\s+/).filter(Boolean);
    if (!words.every(isFiller)) return all;
    const subject = words.find((w) => SUBJECTS.has(w));
    return subject ? ` ${subject} kanikke ` : " kanikke ";
  });
  s = rewriteIdioms(s);
  // "kan ikke drikke uden at spilde": the "uden" there is no denial of the spilling.
  if (s.includes("uden at")) s = s.replace(/\b(kanikke\s+(?:[a-z]+\s+){1,5})uden at\b/g, "$1og");
  if (s.includes("tunge")) for (const [re, to] of HEAVY_TUNGE) s = s.replace(re, to);
  return s;
}

/** Folds one lexicon word the same way, without the idiom rewrites. */
export function foldWord(word: string): string {
  let s = word.toLowerCase();
  s = plainLetters(s);
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
