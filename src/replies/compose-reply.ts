import { topic } from "../knowledge/leaflet.js";
import { conceptsOf, type Retrieval } from "../knowledge/retrieve.js";
import { MAX_GSM_UNITS, gsmUnits, toGsm } from "../text/gsm.js";
import type { Assessment, Finding, Language } from "../triage/types.js";
import { SIGN_TEXTS, signSubject, type SignText } from "./sign-texts.js";

export interface Reply {
  text: string;
  /** The leaflet answers the question, or speaks to the symptom. */
  answered: boolean;
  sources: string[];
  /** The reply tells the patient their message went to the clinic: the flow must send it there. */
  passedOn?: boolean;
}

/** When the doctor will be in touch, as the conversation flow knows it from opening hours. */
export interface ReplyContext {
  urgentContact?: { da: string; en: string };
  reviewContact?: { da: string; en: string };
}

/**
 * The red-flag screen: one SMS, read the same by a patient and by someone writing for one.
 * A yes goes to the emergency path; no answer pages the doctor (src/flows).
 */
export const SCREEN_QUESTION = {
  da: "Svar JA eller NEJ: Har du (eller den, det gælder) svært ved at synke, tale eller trække vejret, eller svage arme, ben eller nakke? Er du i tvivl, ring 112 nu.",
  en: "Answer YES or NO: Do you (or the person this is about) have trouble swallowing, speaking or breathing, or weak arms, legs or neck? If in doubt, call 112 now.",
};

// Each text in two forms: to the patient, and to someone writing about a patient ("min mand ...").
const T = {
  safetyNet: {
    da: "Bliver det værre, så skriv igen. Får du svært ved at synke, tale eller trække vejret, så ring 112.",
    en: "If it gets worse, text us again. If you have trouble swallowing, speaking or breathing, call 112.",
  },
  safetyNetOther: {
    da: "Bliver det værre, så skriv igen. Får den, det gælder, svært ved at synke, tale eller trække vejret, så ring 112.",
    en: "If it gets worse, text us again. If the person has trouble swallowing, speaking or breathing, call 112.",
  },
  emergencyNet: {
    da: "Sig til 112, at du er behandlet med botox. Bliver det værre, før hjælpen er fremme, så ring 112 igen.",
    en: "Tell 112 you were treated with botox. If it gets worse before help arrives, call 112 again.",
  },
  emergencyNetOther: {
    da: "Sig til 112, at den, det gælder, er behandlet med botox. Bliver det værre, før hjælpen er fremme, så ring 112 igen.",
    en: "Tell 112 the person was treated with botox. If it gets worse before help arrives, call 112 again.",
  },
  urgentContact: { da: "Lægen får besked nu og kontakter dig hurtigst muligt.", en: "The doctor is being told now and will contact you as soon as possible." },
  reviewContact: { da: "Lægen får din besked og kontakter dig næste hverdag.", en: "The doctor will get your message and contact you on the next working day." },
  thanks: { da: "Tak for beskeden.", en: "Thank you for your message." },
  passedOn: {
    da: "Det svar står ikke i vores patientfolder, så jeg har sendt dit spørgsmål videre til klinikken, som vender tilbage.",
    en: "Our patient leaflet does not answer that, so I have passed your question to the clinic, and they will get back to you.",
  },
  restPassedOn: { da: "Resten har jeg sendt videre til klinikken, som vender tilbage.", en: "I have passed the rest to the clinic, and they will get back to you." },
  welcome: { da: "Selv tak. Skriv endelig igen, hvis der er noget.", en: "You are welcome. Text us again if there is anything." },
  hello: {
    da: "Hej. Du skriver til klinikkens automatiske akutlinje efter botox. Skriv dit spørgsmål, eller beskriv hvad du mærker. Får du svært ved at synke, tale eller trække vejret, så ring 112.",
    en: "Hello. This is the clinic's automated after-treatment line. Ask your question or describe what you notice. If you have trouble swallowing, speaking or breathing, call 112.",
  },
  unclear: {
    da: "Tak for din besked. Jeg har givet den videre til klinikken. Har du symptomer efter behandlingen, så beskriv dem gerne. Får du svært ved at synke, tale eller trække vejret, så ring 112.",
    en: "Thank you for your message. I have passed it to the clinic. If you have symptoms after the treatment, please describe them. If you have trouble swallowing, speaking or breathing, call 112.",
  },
  askedEmergency: { da: "er ikke en forventet følge af behandlingen. Sker det, så ring 112 med det samme.", en: "is not an expected result of the treatment. If it happens, call 112 at once." },
  askedUrgent: { da: "skal lægen vurdere samme dag. Sker det, så skriv til os med det samme.", en: "needs the doctor's assessment the same day. If it happens, text us straight away." },
  askedOther: { da: "Sker det, så skriv til os, så lægen kan se på det.", en: "If it happens, text us so the doctor can look at it." },
};

/**
 * What the bot says once the screen is answered: a yes is the emergency path, a no or anything
 * else says when the doctor will be in touch. `contact` is the when, from the opening hours.
 */
export function screenFollowUp(answer: "yes" | "no" | "other", lang: Language, about: "self" | "other", contact: { da: string; en: string }): string {
  if (answer === "yes") {
    const opening = lang === "da" ? "Ring 112 nu. Det, du beskriver, kan være tegn på en alvorlig reaktion på botox. Lægen får besked nu." : "Ring 112 now. What you describe can be a sign of a serious reaction to botox. The doctor is being told now.";
    return toGsm(`${opening} ${(about === "other" ? T.emergencyNetOther : T.emergencyNet)[lang]}`);
  }
  const thanks = answer === "no" ? { da: "Tak for svaret.", en: "Thank you for answering." } : { da: "Tak for beskeden.", en: "Thank you for your message." };
  return toGsm(`${thanks[lang]} ${contact[lang]} ${(about === "other" ? T.safetyNetOther : T.safetyNet)[lang]}`);
}

/** `notes`: leaflet words chosen for the signs from the patient's treatment record, replacing their own. */
export function composeReply(a: Assessment, r: Retrieval, ctx: ReplyContext = {}, notes?: Note[]): Reply {
  const lang = a.language;
  if (a.screen) return { text: toGsm(SCREEN_QUESTION[lang]), answered: false, sources: [] };
  const reply = a.level === "info" ? infoReply(a, r, lang) : symptomReply(a, r, lang, ctx, notes);
  return { ...reply, text: toGsm(reply.text) };
}

function symptomReply(a: Assessment, r: Retrieval, lang: Language, ctx: ReplyContext, chosen?: Note[]): Reply {
  const top = a.findings[0]!;
  const label = signSubject(top.sign, lang);
  // An urgent reply says the doctor must assess it once, and calls nothing in it expected:
  // "let rødme er forventet" beside signs of infection would tell the patient to wait.
  const notes = chosen ?? (a.level === "urgent" ? distinctNotes(a.findings.filter((f) => f.level !== "expected" && f.level !== "info")).map(brief) : distinctNotes(a.findings));
  const sources = notes.map((n) => n.topic);
  const answered = chosen ? chosen.length > 0 : Boolean(SIGN_TEXTS[top.sign]!.note && !SIGN_TEXTS[top.sign]!.note!.relatedOnly);

  const other = a.about === "other";
  if (a.level === "emergency") {
    const opening = lang === "da" ? `Ring 112 nu. ${label} kan være tegn på en alvorlig reaktion. Lægen får besked nu.` : `Ring 112 now. ${label} can be a sign of a serious reaction. The doctor is being told now.`;
    return { text: fit([opening], [], (other ? T.emergencyNetOther : T.emergencyNet)[lang]), answered: false, sources: [] };
  }

  const head: string[] = [];
  if (a.level === "urgent") {
    head.push(lang === "da" ? `Tak for beskeden. ${label} skal lægen vurdere i dag.` : `Thank you. ${label} needs the doctor's assessment today.`);
    head.push((ctx.urgentContact ?? T.urgentContact)[lang]);
  } else {
    head.push(T.thanks[lang]);
  }
  const optional = notes.map((n) => n[lang]);
  if (a.level === "review") head.push((ctx.reviewContact ?? T.reviewContact)[lang]);
  const question = a.isQuestion && r.route?.topic ? topic(r.route.topic).reply[lang] : null;
  // A sign's note may be the very topic asked about ("no effect yet, when does it work?"): said once.
  if (question && !optional.includes(question)) optional.push(question);
  const text = fit(head, optional, (other ? T.safetyNetOther : T.safetyNet)[lang], a.level === "review" ? 1 : head.length);
  return { text, answered: answered || Boolean(question), sources: [...new Set([...sources, ...(question ? r.sources : [])])] };
}

function infoReply(a: Assessment, r: Retrieval, lang: Language): Reply {
  if (r.route?.topic) return topicsReply(r, lang);
  const asked = a.asked[0];
  const redFlag = asked && (asked.level === "emergency" || asked.level === "urgent");
  if (asked && (redFlag || !r.route)) return askedReply(asked, lang);
  if (r.route?.gap) {
    const partial = r.route.gap.partial?.[lang];
    return { text: partial ? `${partial} ${T.restPassedOn[lang]}` : T.passedOn[lang], answered: false, sources: r.sources, passedOn: true };
  }
  if (r.smallTalk === "thanks") return { text: T.welcome[lang], answered: false, sources: [] };
  if (r.smallTalk === "greeting") return { text: T.hello[lang], answered: false, sources: [] };
  return { text: a.isQuestion ? T.passedOn[lang] : T.unclear[lang], answered: false, sources: [], passedOn: true };
}

// A question that fits two topics gets both answers; when both do not fit in three SMS, the
// clinic answers it. (A question the leaflet is silent on in one reading goes to the clinic: see retrieve.ts.)
function topicsReply(r: Retrieval, lang: Language): Reply {
  const topics = r.routes.map((x) => x.topic!);
  const rest = r.partly ? [T.restPassedOn[lang]] : [];
  const whole = [...topics.map((id) => topic(id).reply[lang]), ...rest].join(" ");
  const text = fitsAll(whole) ? whole : topics.length > 1 ? [...topics.map((id) => relevantPart(topic(id).reply[lang], r.concepts ?? [])), ...rest].join(" ") : whole;
  if (fitsAll(text)) return { text, answered: !r.partly, sources: topics, ...(r.partly ? { passedOn: true } : {}) };
  return { text: T.passedOn[lang], answered: false, sources: [], passedOn: true };
}

const fitsAll = (text: string) => (gsmUnits(toGsm(text)) ?? Infinity) <= MAX_GSM_UNITS;

// Two topics that do not fit together in three SMS: from each, the sentences that speak to what
// was asked (all of them when none does), in the leaflet's order. A sentence that goes on from
// the one before ("Derefter har du 2 dages betænkningstid") stays with it.
const GOES_ON = /^(?:derefter|herefter|så|det|den|dem|then|after that|it|this|they)\b/i;
function relevantPart(reply: string, asked: string[]): string {
  const units: string[] = [];
  for (const sentence of reply.match(/[^.!?]+[.!?]+(?:\s+|$)/g)?.map((x) => x.trim()) ?? [reply]) {
    if (units.length > 0 && GOES_ON.test(sentence)) units[units.length - 1] += ` ${sentence}`;
    else units.push(sentence);
  }
  const wanted = new Set(asked);
  const kept = units.filter((unit) => [...conceptsOf(unit)].some((c) => wanted.has(c)));
  return (kept.length > 0 ? kept : units).join(" ");
}

// "Kan man få hængende øjenlåg?": say what the leaflet says, and what to do if it happens.
function askedReply(asked: Finding, lang: Language): Reply {
  const text = SIGN_TEXTS[asked.sign]!;
  const note = text.note && !text.note.relatedOnly ? text.note : undefined;
  const name = signSubject(asked.sign, lang);
  if (asked.level === "emergency") return { text: `${name} ${T.askedEmergency[lang]}`, answered: false, sources: [] };
  if (asked.level === "urgent") {
    const body = note ? `${brief(note)[lang]} ${name} ${T.askedUrgent[lang]}` : `${name} ${T.askedUrgent[lang]}`;
    return { text: `${body} ${T.safetyNet[lang]}`, answered: Boolean(note), sources: note ? [note.topic] : [] };
  }
  if (!note) return { text: `${T.passedOn[lang]} ${T.askedOther[lang]}`, answered: false, sources: [], passedOn: true };
  return { text: `${note[lang]} ${T.askedOther[lang]}`, answered: true, sources: [note.topic] };
}

type Note = NonNullable<SignText["note"]>;
const brief = (note: Note): Note => (note.brief ? { ...note, ...note.brief } : note);

function distinctNotes(findings: Finding[]) {
  const seen = new Set<string>();
  const notes = [];
  for (const f of findings) {
    const note = SIGN_TEXTS[f.sign]?.note;
    if (!note || seen.has(note.da)) continue;
    seen.add(note.da);
    notes.push(note);
  }
  return notes;
}

// Keeps the reply inside three GSM segments: the head and the safety net always stay;
// optional parts are added in order while they fit. `insertAt` puts them within the head.
function fit(head: string[], optional: string[], net: string, insertAt = head.length): string {
  const chosen: string[] = [];
  const build = (parts: string[]) => [...head.slice(0, insertAt), ...parts, ...head.slice(insertAt), net].join(" ");
  for (const part of optional) {
    const candidate = build([...chosen, part]);
    if ((gsmUnits(toGsm(candidate)) ?? Infinity) <= MAX_GSM_UNITS) chosen.push(part);
  }
  return build(chosen);
}
