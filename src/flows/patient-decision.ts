import { SCREEN_QUESTION, screenFollowUp, type ReplyContext } from "../replies/compose-reply.js";
import { answerMessage, type Answer } from "../replies/answer-message.js";
import { applyAssist, type AssistResult } from "../assist/apply-assist.js";
import { toGsm } from "../text/gsm.js";
import type { TreatmentContext } from "../triage/treatment-rules.js";
import { higher, rank, type InfoKey, type Language, type Level } from "../triage/types.js";
import { CHECKIN_FINE } from "./checkin-texts.js";
import { introduced, QUESTIONS, SAFETY_NET, TEXTS, YES_MEANS } from "./bot-texts.js";
import type { ConversationEffect as Effect, ScreenAnswer } from "./effects.js";
import type { ConversationContext, MediaRef } from "./records.js";

export interface SmsReceived {
  type: "sms.received";
  at: number;
  text: string;
  media: MediaRef[];
  contact: Required<ReplyContext>;
  /** What the optional LLM assist said; it can only raise the level. */
  assist?: AssistResult;
  /** The clinic's record of the sender's latest treatment: the rules read the message with it. */
  treatment?: TreatmentContext | null;
}

export interface Decision {
  next: "idle" | "handedOver";
  patch: Partial<ConversationContext>;
  effects: Effect[];
}

const MAX_QUESTIONS = 2;
const MAX_SYMPTOM_TEXT = 600;

// The machine asks twice for one message (its guard picks the target, its action applies the
// decision); the answer is the same, so it is kept for the event it was made for.
const decided = new WeakMap<SmsReceived, { state: string; ctx: ConversationContext; decision: Decision }>();

/** The pure heart of the patient flow: what one message means, given the conversation so far. */
export function decide(state: "idle" | "handedOver", ctx: ConversationContext, ev: SmsReceived): Decision {
  const memo = decided.get(ev);
  if (memo && memo.state === state && memo.ctx === ctx) return memo.decision;
  const decision = introduce(ctx, checkinAnswered(state, ctx, ev) ?? decideOnce(state, ctx, ev));
  decided.set(ev, { state, ctx, decision });
  return decision;
}

// The first reply of a conversation says that the line is automatic; a stopped patient gets
// nothing but the 112 reply.
function introduce(ctx: ConversationContext, decision: Decision): Decision {
  if (ctx.introduced || ctx.stopped) return decision;
  const at = decision.effects.findIndex((e) => e.type === "reply");
  if (at < 0) return decision;
  const reply = decision.effects[at] as Extract<Effect, { type: "reply" }>;
  const texts = introduced(reply.text, decision.patch.language ?? ctx.language).map((text): Effect => ({ type: "reply", text }));
  const effects = [...decision.effects.slice(0, at), ...texts, ...decision.effects.slice(at + 1)];
  return { ...decision, patch: { ...decision.patch, introduced: true }, effects };
}

// A check-in is open: "1" is fine, "2" gets the red-flag screen and a review case, and anything
// else is read as any message is, and answers the check-in too. A "1" or "2" with no check-in
// open is an ordinary message.
function checkinAnswered(state: "idle" | "handedOver", ctx: ConversationContext, ev: SmsReceived): Decision | null {
  const open = ctx.checkin;
  if (!open || state !== "idle" || ctx.stopped || ev.at >= open.until) return null;
  const digit = /^\s*([12])\s*[.!]?\s*$/.exec(ev.text)?.[1];
  const answered = { type: "checkinAnswered" as const, treatment: open.treatment, day: open.day };
  const patch: Partial<ConversationContext> = { lastActivityAt: ev.at, checkin: null };
  if (digit === "1") {
    return { next: "idle", patch, effects: [{ type: "reply", text: CHECKIN_FINE[ctx.language] }, { ...answered, answer: "fine" }] };
  }
  if (digit === "2") {
    const lang = ctx.language;
    Object.assign(patch, {
      level: "review", screening: { fallback: "review", about: "self" }, pending: null, asked: [],
      symptomText: lang === "da" ? `2 (svar på opfølgning dag ${open.day}: noget bekymrer mig)` : `2 (answer to the day-${open.day} check-in: something worries me)`,
      findings: [`screen: opfølgning dag ${open.day}, svar 2`],
      ...(ev.treatment ? { treatment: { ...ev.treatment, areaFirst: false } } : {}),
    });
    const draft = { ...draftOf(ctx, patch, ev.media), level: "review" as Level, screen: true };
    return { next: "handedOver", patch, effects: [{ type: "reply", text: toGsm(SCREEN_QUESTION[lang]) }, { type: "openCase", draft }, { ...answered, answer: "concern" }] };
  }
  const decision = decideOnce(state, ctx, ev);
  return { ...decision, patch: { ...decision.patch, checkin: null }, effects: [...decision.effects, { ...answered, answer: "text", level: decision.patch.level ?? ctx.level }] };
}

function decideOnce(state: "idle" | "handedOver", ctx: ConversationContext, ev: SmsReceived): Decision {
  const text = ev.text.trim();
  const own = applyAssist(answerMessage(text, ev.contact, ev.at, ev.treatment), ev.assist, ev.contact).answer;
  const lang: Language = text ? own.assessment.language : ctx.language;
  const patch: Partial<ConversationContext> = { language: lang, lastActivityAt: ev.at };

  // The red-flag screen waits for its JA/NEJ: whatever comes next is read as the answer.
  if (ctx.screening && ctx.caseRef && !ctx.stopped) return screenAnswered(ctx, ev, patch, own, lang);
  if (!text && ev.media.length > 0) return photoOnly(state, ctx, ev, patch, lang);

  // An answer to our question ("3", "ja") is read together with the symptom it is about.
  const combined = ctx.pending && ctx.symptomText ? answerMessage(`${ctx.symptomText}. ${answerWords(ctx.pending, text, lang)}`, ev.contact, ev.at, ev.treatment) : null;
  const best = combined && rank(combined.assessment.level) > rank(own.assessment.level) ? combined : own;
  const carried: Level = ctx.pending || state === "handedOver" ? ctx.level : "info";
  const level = higher(best.assessment.level, carried);
  const symptomText = [ctx.pending || state === "handedOver" ? ctx.symptomText : "", text].filter(Boolean).join(". ").slice(-MAX_SYMPTOM_TEXT);
  Object.assign(patch, {
    level,
    symptomText,
    findings: [...new Set([...(carried === "info" ? [] : ctx.findings), ...best.assessment.findings.map(findingName)])],
    // The first treatment date given stands; the case notes a later, different one beside it.
    days: ctx.days ?? best.assessment.daysSinceTreatment,
    area: best.assessment.area ?? ctx.area,
    answers: ctx.pending ? { ...ctx.answers, [ctx.pending]: text } : ctx.answers,
    pending: null,
    treatment: treatmentFacts(ctx, best),
  });
  const newRedFlag = best.assessment.level === "emergency" && (own.assessment.level === "emergency" || ctx.level !== "emergency");

  if (ctx.stopped) return stoppedDecision(state, ctx, ev, patch, best, newRedFlag);
  if (best.assessment.screen) return screenAsked(state, ctx, ev, patch, best, lang);
  if (state === "handedOver") return handedOver(ctx, ev, patch, best, newRedFlag, lang);

  const media = ev.media;
  const caseLevel: Level = media.length > 0 ? higher(level, "review") : level;
  if (rank(caseLevel) >= rank("review")) {
    const question = level === "emergency" ? null : nextQuestion(best, ctx.asked);
    const reply = withQuestion(best.reply.text, question, lang, media.length > 0 && level !== "emergency");
    Object.assign(patch, { level: caseLevel, pending: question, asked: question ? [...ctx.asked, question] : ctx.asked });
    return { next: "handedOver", patch, effects: [{ type: "reply", text: reply }, { type: "openCase", draft: draftOf(ctx, patch, media) }] };
  }

  // Expected effects and questions: answer, and ask only when the answer could move the level.
  const question = level === "expected" ? nextQuestion(best, ctx.asked) : null;
  if (question) Object.assign(patch, { pending: question, asked: [...ctx.asked, question] });
  else Object.assign(patch, { symptomText: "", findings: [], asked: [], level: "info" });
  const reply: Effect = { type: "reply", text: withQuestion(best.reply.text, question, lang, false) };
  // What the reply says went to the clinic goes there: an info case for the next digest. The
  // conversation stays idle, so the leaflet still answers the patient's next questions.
  if (level === "info" && best.reply.passedOn && forwardable(text)) {
    return { next: "idle", patch, effects: [reply, { type: "openCase", draft: { ...draftOf(ctx, patch, media), level: "info", summary: `Spørgsmål: ${text}`.slice(0, 300), findings: [] } }] };
  }
  return { next: "idle", patch, effects: [reply] };
}

// The screen is sent and a case opened at once, so a person reads the message whatever comes
// next. The case waits SCREEN_MINUTES for the answer (src/flows/escalation.machine.ts).
function screenAsked(state: "idle" | "handedOver", ctx: ConversationContext, ev: SmsReceived, patch: Partial<ConversationContext>, best: Answer, lang: Language): Decision {
  const { assessment } = best;
  const screening = { fallback: higher(assessment.ownLevel, "review"), about: assessment.about };
  Object.assign(patch, { screening, pending: null, findings: [...new Set([...(patch.findings ?? []), `screen: ${assessment.screen!.words}`])] });
  const reply: Effect = { type: "reply", text: best.reply.text };
  if (state === "handedOver") {
    const update = updateOf(ctx, { ...patch, level: screening.fallback }, ev, assessment.daysSinceTreatment);
    return { next: "handedOver", patch, effects: [reply, update.type === "updateCase" ? { ...update, update: { ...update.update, screen: true } } : update] };
  }
  const draft = { ...draftOf(ctx, patch, ev.media), level: screening.fallback, screen: true };
  return { next: "handedOver", patch, effects: [reply, { type: "openCase", draft }] };
}

const YES = /^(?:ja|jo|j|jep|jeps|jah|yes|y|yep|yeah|yea|1)(?![\p{L}\d])/iu;
const NO = /^(?:nej|nej tak|nix|nope|no|n|0)(?![\p{L}\d])/iu;

/** A JA/NEJ to the screen, with or without more words after it ("ja det har jeg", "nej, men ..."). */
export function screenAnswerOf(text: string): { answer: ScreenAnswer; rest: string } {
  const t = text.trim().replace(/^[\s"'.,!-]+/, "");
  const yes = YES.exec(t);
  if (yes) return { answer: "yes", rest: t.slice(yes[0].length).replace(/^[\s.,!:-]+/, "") };
  const no = NO.exec(t);
  if (no) return { answer: "no", rest: t.slice(no[0].length).replace(/^[\s.,!:-]+/, "") };
  return { answer: "other", rest: t };
}

// A yes is the emergency path; a no leaves the message its own level; anything else is read as
// a message of its own, and the higher of its level and the screen's urgent stands. Words after
// the JA/NEJ are read too: "nej, men jeg kan ikke synke" is an emergency.
function screenAnswered(ctx: ConversationContext, ev: SmsReceived, patch: Partial<ConversationContext>, own: Answer, lang: Language): Decision {
  const screening = ctx.screening!;
  const { answer, rest } = screenAnswerOf(ev.text);
  // A bare "yes" to a Danish question is an answer, not a switch to English.
  if (answer !== "other" && !rest) lang = ctx.language;
  const read = answer === "other" ? own : rest ? answerMessage(rest, ev.contact, ev.at, ev.treatment) : null;
  const restLevel: Level = read ? read.assessment.ownLevel : "info";
  const level: Level = answer === "yes" || restLevel === "emergency" ? "emergency" : answer === "no" ? higher(screening.fallback, restLevel) : higher(restLevel, "urgent");
  const text = level === "emergency" && answer !== "yes" && read ? read.reply.text
    : screenFollowUp(level === "emergency" ? "yes" : answer, lang, screening.about, rank(level) >= rank("urgent") ? ev.contact.urgentContact : ev.contact.reviewContact);
  const findings = [...new Set([...ctx.findings, ...(read?.assessment.findings.map(findingName) ?? []), ...(answer === "yes" ? ["screen: JA"] : [])])];
  Object.assign(patch, {
    language: lang, level, screening: null, pending: null, findings,
    symptomText: [ctx.symptomText, ev.text.trim()].filter(Boolean).join(". ").slice(-MAX_SYMPTOM_TEXT),
    days: ctx.days ?? read?.assessment.daysSinceTreatment ?? null, area: read?.assessment.area ?? ctx.area,
    treatment: read ? treatmentFacts(ctx, read) : ctx.treatment ?? null,
  });
  const update = updateOf(ctx, patch, ev, read?.assessment.daysSinceTreatment ?? null);
  const effects: Effect[] = [{ type: "reply", text }, update.type === "updateCase" ? { ...update, update: { ...update.update, screenAnswer: answer } } : update];
  return { next: "handedOver", patch, effects };
}

// "ok", "fint", a lone "?": nothing for the clinic to answer.
const forwardable = (text: string) => {
  const words = (text.match(/\p{L}+/gu) ?? []).length;
  return words >= 3 || (words >= 1 && text.includes("?"));
};

// The record's facts for the case; once the page names the treated area first, it keeps doing so.
function treatmentFacts(ctx: ConversationContext, answer: Answer): ConversationContext["treatment"] {
  const facts = answer.treatment?.facts;
  if (!facts) return ctx.treatment ?? null;
  return ctx.treatment?.areaFirst ? { ...facts, areaFirst: true } : facts;
}

// A raise by the assist keeps the model's reason with the case, so the doctor sees why.
const findingName = (f: { sign: string; words: string }) => (f.sign === "assist" ? `assist: ${f.words}` : f.sign);

function draftOf(ctx: ConversationContext, patch: Partial<ConversationContext>, media: MediaRef[]) {
  const treatment = patch.treatment ?? ctx.treatment;
  return {
    level: patch.level ?? ctx.level, patient: ctx.sender, language: patch.language ?? ctx.language, summary: (patch.symptomText ?? ctx.symptomText).slice(0, 300),
    findings: patch.findings ?? ctx.findings, days: patch.days ?? ctx.days, area: patch.area ?? ctx.area, answers: patch.answers ?? ctx.answers, media,
    ...(treatment ? { treatment } : {}),
  };
}

// `said`: the days since treatment this message gave, for the case to keep or note beside its own.
function updateOf(ctx: ConversationContext, patch: Partial<ConversationContext>, ev: SmsReceived, said: number | null): Effect {
  const treatment = patch.treatment ?? ctx.treatment;
  const update = {
    level: patch.level ?? ctx.level, findings: patch.findings ?? ctx.findings, text: ev.text.trim(), media: ev.media,
    answers: patch.answers ?? ctx.answers, days: said, area: patch.area ?? ctx.area, ...(treatment ? { treatment } : {}),
  };
  return { type: "updateCase", ref: ctx.caseRef!, update };
}

function handedOver(ctx: ConversationContext, ev: SmsReceived, patch: Partial<ConversationContext>, best: Answer, newRedFlag: boolean, lang: Language): Decision {
  if (newRedFlag) return { next: "handedOver", patch, effects: [{ type: "reply", text: best.reply.text }, updateOf(ctx, patch, ev, best.assessment.daysSinceTreatment)] };
  const question = ctx.pending ? nextQuestion(best, ctx.asked) : null;
  if (question) Object.assign(patch, { pending: question, asked: [...ctx.asked, question] });
  // A case that waited for the clinic now pages the doctor: the patient was told "on Monday",
  // so the reply to this message says what it means and that the doctor hears of it now.
  if (rank(patch.level!) >= rank("urgent") && rank(ctx.level) < rank("urgent")) {
    return { next: "handedOver", patch, effects: [{ type: "reply", text: withQuestion(best.reply.text, question, lang, false) }, updateOf(ctx, patch, ev, best.assessment.daysSinceTreatment)] };
  }
  const ack = ctx.pending ? `${TEXTS.noted[lang]}${question ? ` ${QUESTIONS[question][lang]}` : ""}` : TEXTS.sentToDoctor[lang];
  return { next: "handedOver", patch, effects: [{ type: "reply", text: toGsm(`${ack} ${SAFETY_NET[lang]}`) }, updateOf(ctx, patch, ev, best.assessment.daysSinceTreatment)] };
}

// A stopped patient gets no messages, except the 112 reply to a red flag; the doctor still hears of it.
function stoppedDecision(state: "idle" | "handedOver", ctx: ConversationContext, ev: SmsReceived, patch: Partial<ConversationContext>, best: Answer, newRedFlag: boolean): Decision {
  const effects: Effect[] = newRedFlag ? [{ type: "reply", text: best.reply.text }] : [];
  if (state === "handedOver") return { next: "handedOver", patch, effects: [...effects, updateOf(ctx, patch, ev, best.assessment.daysSinceTreatment)] };
  if (rank(patch.level!) >= rank("urgent")) return { next: "handedOver", patch, effects: [...effects, { type: "openCase", draft: draftOf(ctx, patch, ev.media) }] };
  return { next: "idle", patch: { ...patch, symptomText: "", findings: [], level: "info" }, effects };
}

function photoOnly(state: "idle" | "handedOver", ctx: ConversationContext, ev: SmsReceived, patch: Partial<ConversationContext>, lang: Language): Decision {
  // With the treatment on record, the photo's reply asks only what the patient notices.
  const asking = ev.treatment ? TEXTS.photoOnlyKnown : TEXTS.photoOnly;
  const reply: Effect[] = ctx.stopped ? [] : [{ type: "reply", text: toGsm(`${asking[lang]} ${SAFETY_NET[lang]}`) }];
  if (state === "handedOver") return { next: "handedOver", patch, effects: [...reply, updateOf(ctx, patch, ev, null)] };
  // The bot never reads a photo, so a photo always reaches the doctor: at least a review case.
  patch.level = higher(ctx.level, "review");
  return { next: "handedOver", patch, effects: [...reply, { type: "openCase", draft: draftOf(ctx, patch, ev.media) }] };
}

function nextQuestion(answer: Answer, asked: InfoKey[]): InfoKey | null {
  if (asked.length >= MAX_QUESTIONS) return null;
  return answer.assessment.missingInfo.find((k) => !asked.includes(k)) ?? null;
}

// The question goes in before the safety net, and only while the reply stays within 3 SMS.
function withQuestion(reply: string, question: InfoKey | null, lang: Language, photo: boolean): string {
  let text = photo ? `${TEXTS.photoThanks[lang]} ${reply}` : reply;
  if (text.length > 459) text = reply;
  if (!question) return toGsm(text);
  const q = QUESTIONS[question][lang];
  const net = /(Bliver det værre|If it gets worse)/.exec(text);
  const withQ = net ? `${text.slice(0, net.index)}${q} ${text.slice(net.index)}` : `${text} ${q}`;
  return toGsm(withQ.length <= 459 ? withQ : text);
}

function answerWords(question: InfoKey, text: string, lang: Language): string {
  const t = text.trim().toLowerCase();
  const yes = /^(ja|jo|jep|jeps|yes|yep|yeah|ja tak|lidt)\b/.test(t);
  if (yes && YES_MEANS[question]) return YES_MEANS[question]![lang];
  if (question === "daysSinceTreatment" && /^\d{1,3}$/.test(t)) return lang === "da" ? `${t} dage siden` : `${t} days ago`;
  return text;
}
