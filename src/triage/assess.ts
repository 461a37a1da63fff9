import { detectLanguage } from "../text/language.js";
import { tokenize } from "../text/tokenize.js";
import { findConcepts, matchSigns, type SignMatch } from "./match-signs.js";
import { contextScopes, modifiersOf, scopesOver } from "./context-modifiers.js";
import { questionForms, questionSentences } from "./question-form.js";
import { comparisonEvents, screenFor } from "./screen.js";
import { areaMentioned, daysMentioned, sideMentioned } from "./time-clues.js";
import { higher, rank, type Assessment, type Finding, type InfoKey, type Level, type Screen } from "./types.js";

// As long as the longest Body the webhook takes: a red flag at the end of a long WhatsApp
// message must be read too. About a millisecond at that length, and rare.
const MAX_INPUT = 5000;
const DEFAULT_ASK: InfoKey[] = ["daysSinceTreatment", "area"];
// The writer laughs it off or says it is not the treatment; and what would say it is not over.
const LAUGHED_OFF = /\b(?:haha+|hehe+|lol|det var jo (?:ogsa )?meningen|det var meningen|in the best way|intet med botoxen|ikke botoxen|not the botox|nothing to do with (?:the )?botox|bare varmen|just the heat)\b/;
const STILL_GOING = /\b(?:stadig|still|endnu|ikke gaet over|not gone|not better|ikke bedre|vaerre|worse)\b/;
// Asked sideways and then owned: "spørger for en veninde (det er mig)", "hypothetically... ok it's me".
// The supposing frame is taken back, so the message is read as the writer's own report.
const SIDEWAYS = /\b(?:for en veninde|for en ven|for a friend|for a mate|hypotetisk|hypothetical(?:ly)?|rent teoretisk|in theory)\b/;
const OWNED = /\b(?:det er mig|det er mig selv|det handler om mig|it s me|its me|it is me|it s actually me|it s really me|it s for me|it is for me|jeg er veninden|i am the friend|i m the friend)\b/;
const WH_WORDS = new Set(["hvornar", "hvordan", "hvorfor", "hvad", "when", "how", "why", "what"]);

// "kan ikke råbe ad hunden", "whistle for the dog": an animal after a preposition is what the
// writer does something to, not the one the sentence is about.
const OBJECT_BEFORE = new Set(["ad", "pa", "for", "til", "efter", "med", "at", "to", "with", "after", "walk", "lufte"]);

// "Since the armpit botox my back is soaked every night": what comes every night since the
// treatment is new, not a habit.
const SINCE = new Set(["siden", "since", "efter", "after"]);
const TREATMENT_WORDS = new Set(["botox", "botoxen", "behandlingen", "behandling", "treatment", "injections", "injektionerne", "kabebotox", "armhulerne", "armpit", "armpits"]);
function sinceTreatment(tokens: readonly { text: string; sentence: number }[], at: number): boolean {
  const { sentence } = tokens[at]!;
  return tokens.some((t, i) => t.sentence === sentence && SINCE.has(t.text) && tokens.slice(i + 1, i + 5).some((n) => TREATMENT_WORDS.has(n.text)));
}

function clauseStart(tokens: readonly { text: string; clause: number }[], i: number): string {
  let j = i;
  while (j > 0 && tokens[j - 1]!.clause === tokens[i]!.clause) j--;
  return tokens[j]?.text ?? "";
}

/**
 * The deterministic triage verdict for one patient message. Pure: same text, same answer.
 * Nothing in the text can instruct it; words are only ever read as symptoms or not.
 */
export function assess(rawText: string): Assessment {
  const text = rawText.slice(0, MAX_INPUT);
  const tokenized = tokenize(text);
  const { tokens, folded } = tokenized;
  const hits = findConcepts(tokenized.words);
  const days = daysMentioned(folded);
  const forms = questionForms(tokenized);
  const owned = SIDEWAYS.test(folded) && OWNED.test(folded);
  const none = new Set<number>();
  const { from, until } = forms;
  const [hypothetical, unanchored, generic] = owned ? [none, none, none] : [forms.hypothetical, forms.unanchored, forms.generic];
  const questions = questionSentences(tokenized);
  const language = detectLanguage(text);
  const scopes = contextScopes(tokens, language).filter((c) => (!owned || c.modifier !== "hypothetical" || c.kind === "history" || c.kind === "habit" || c.kind === "elsewhere") && !(c.kind === "habit" && sinceTreatment(tokens, c.trigger.start)) && !(c.kind === "elsewhere" && OBJECT_BEFORE.has(tokens[c.trigger.start - 1]?.text ?? "")));

  // A complaint-only sign ("ingen effekt endnu") does not count in a question, nor when its
  // last word sits in a clause that asks ("..., bare et spørgsmål: hvornår virker det?").
  // A sign before where a sentence's question starts was stated, not asked.
  const inQuestion = (m: SignMatch) => m.start >= (from.get(tokens[m.start]!.sentence) ?? 0) && m.start < (until.get(tokens[m.start]!.sentence) ?? Infinity);
  const asks = (m: SignMatch) => (unanchored.has(tokens[m.start]!.sentence) && inQuestion(m)) || WH_WORDS.has(clauseStart(tokens, m.end));
  // A sentence about a dog, a play or a shouted-out voice holds no sign of the patient's at all,
  // and neither does the past event a comparison names ("tender, like after a flu jab").
  const events = comparisonEvents(tokens, hits);
  // A red flag after a comparison stays: "like after a stroke, I can't talk" is tonight's.
  const inEvent = (m: SignMatch) => m.sign.level !== "emergency" && events.some((e) => e.end < m.start && tokens[e.start]!.clause === tokens[m.start]!.clause);
  // Only a sign wholly inside: "så en video på tiktok, og nu kan jeg ikke synke" ends the video at "jeg".
  const elsewhere = (m: SignMatch) => scopesOver(scopes, m.start, m.end).some((c) => c.kind === "elsewhere" && m.start >= c.from && m.end <= c.to) || inEvent(m);
  const matches = matchSigns(tokens, hits, days).filter((m) => !(m.sign.statementOnly && asks(m)) && !elsewhere(m));
  // A red flag in a question still counts unless the question is plainly hypothetical;
  // an expected effect in any question not tied to the writer is only asked about.
  const isAsked = (m: SignMatch) => {
    const sentence = tokens[m.start]!.sentence;
    if (forms.ownedLater.has(sentence)) return false;
    // "Hvor længe går der, før hængende øjenlåg forsvinder?" asks about a side effect, not of one.
    const first = tokens.find((t) => t.sentence === sentence)?.text ?? "";
    const asksWhat = WH_WORDS.has(first) || first === "hvor";
    // "if my eyelid droops, ...", "a friend said hers went numb", "hule med alderen": supposed,
    // heard or long-standing, not a report. A red flag is never read away so (question-form.ts decides it).
    const supposed = scopesOver(scopes, m.start, m.end).filter((c) => c.modifier === "hypothetical");
    if (m.sign.level !== "emergency" && supposed.some((c) => c.kind !== "illness" && (c.kind !== "condition" || questions.has(sentence)))) return true;
    // A red flag only when someone says it happens to people in general, and asks whether it is
    // true: "min veninde siger man kan få svært ved at synke, passer det?".
    const kinds = new Set(supposed.map((c) => c.kind));
    if (kinds.has("hearsay") && kinds.has("generic") && text.includes("?")) return true;
    // Had years ago, or all one's life: history, not tonight's emergency.
    if (supposed.some((c) => c.kind === "history")) return true;
    // Breathless after spinning "haha, men det var jo meningen": an exertion the writer laughs off,
    // and says is over. Never while it goes on ("stadig", "still").
    if (kinds.has("exertion") && LAUGHED_OFF.test(tokenized.folded) && !STILL_GOING.test(tokenized.folded)) return true;
    if (!inQuestion(m)) return false;
    return hypothetical.has(sentence) || (unanchored.has(sentence) && (m.sign.level === "expected" || (m.sign.level === "review" && asksWhat))) || (m.sign.level !== "emergency" && generic.has(sentence));
  };
  const reported = matches.filter((m) => !isAsked(m));
  const asked = matches.filter(isAsked);
  const words = text.match(/\S+/g) ?? [];
  const toFindings = (list: SignMatch[]) => dropSubsumed(list).map((m) => finding(m, tokens.map((t) => t.text), words));

  const findings = toFindings(reported);
  const ownLevel = findings.reduce<Level>((max, f) => (rank(f.level) > rank(max) ? f.level : max), "info");
  // The screen reads past a question only when it plainly asks: supposed, or asked with its
  // question mark. "Og så bliver mine arme ved med at ryste" opens with a verb and still reports.
  const asking = (at: number) => {
    const sentence = tokens[at]!.sentence;
    return (hypothetical.has(sentence) || (unanchored.has(sentence) && (tokenized.questions[sentence] ?? false))) && at >= (from.get(sentence) ?? 0) && at < (until.get(sentence) ?? Infinity);
  };
  // An emergency already has its answer; below that, what the rules could not place is screened.
  const screened = ownLevel === "emergency" ? null : screenFor({ tokens, hits, scopes, placed: matches.map((m) => ({ start: m.start, end: m.end, sign: m.sign })), asking, questions, nothingPlaced: matches.length === 0, events });
  const screen: Screen | null = screened && { reason: screened.reason, function: screened.function, words: quote(tokens.map((t) => t.text), words, screened.start, screened.end) };
  const level = screen ? higher(ownLevel, "urgent") : ownLevel;
  // The reply speaks to whoever the report is about: "min mand kan ikke synke".
  const concern = screened ?? reported[0];
  const about = concern && modifiersOf(scopes, concern.start, concern.end).has("other") ? "other" : "self";
  const concepts = new Set(hits.map((h) => h.concept));
  const area = areaMentioned(folded);
  const known: Record<InfoKey, boolean> = {
    daysSinceTreatment: days !== null,
    area: area !== null,
    side: sideMentioned(folded),
    worsening: concepts.has("worsening"),
    fever: concepts.has("fever"),
    vision: ["vision", "double", "blurred", "blind"].some((c) => concepts.has(c)),
  };
  const wanted: InfoKey[] = level === "emergency" ? [] : reported.flatMap((m) => m.sign.ask ?? DEFAULT_ASK);
  const missingInfo = [...new Set(wanted)].filter((k) => !known[k]);

  return { level, findings, language, missingInfo, asked: toFindings(asked), isQuestion: questions.size > 0, daysSinceTreatment: days, area, screen, ownLevel, about };
}

// "Hævede øjenlåg" is an eyelid finding; the plain "swelling" it also matches adds nothing.
// Each sign is reported once, at its first place.
function dropSubsumed(matches: SignMatch[]): SignMatch[] {
  const kept = matches.filter((m) => !matches.some((o) => o !== m && rank(o.sign.level) > rank(m.sign.level) && o.start <= m.start && o.end >= m.end));
  const seen = new Set<string>();
  return kept
    .filter((m) => !seen.has(m.sign.id) && seen.add(m.sign.id))
    .sort((a, b) => rank(b.sign.level) - rank(a.sign.level));
}

function finding(m: SignMatch, folded: string[], words: string[]): Finding {
  return { sign: m.sign.id, level: m.sign.level, words: quote(folded, words, m.start, m.end) };
}

// Token positions come from the folded text; map them back to the patient's own words
// where the two line up, else quote the folded words.
function quote(folded: string[], words: string[], start: number, end: number): string {
  const piece = folded.slice(start, end + 1).join(" ");
  const clean = words.map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ""));
  if (clean.length === folded.length) return clean.slice(start, end + 1).join(" ");
  return piece;
}
