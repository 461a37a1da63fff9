import { fitsSms } from "../text/gsm.js";
import type { InfoKey, Language } from "../triage/types.js";

type Texts = Record<Language, string>;

export const QUESTIONS: Record<InfoKey, Texts> = {
  daysSinceTreatment: { da: "Hvor mange dage er det siden, du blev behandlet?", en: "How many days ago were you treated?" },
  area: { da: "Hvor blev du behandlet (fx pande, mellem brynene, ved øjnene, kæbe eller armhuler)?", en: "Which area was treated (e.g. forehead, between the brows, around the eyes, jaw or armpits)?" },
  side: { da: "Er det i den ene side eller i begge sider?", en: "Is it on one side or both?" },
  worsening: { da: "Bliver det værre?", en: "Is it getting worse?" },
  fever: { da: "Har du feber?", en: "Do you have a fever?" },
  vision: { da: "Ser du dobbelt eller sløret?", en: "Do you have double or blurred vision?" },
};

// A "ja" to a question becomes the words the rules read, so the rules settle the level.
export const YES_MEANS: Partial<Record<InfoKey, Texts>> = {
  fever: { da: "Jeg har feber.", en: "I have a fever." },
  vision: { da: "Jeg ser sløret.", en: "My vision is blurred." },
  worsening: { da: "Det bliver værre.", en: "It is getting worse." },
};

export const SAFETY_NET: Texts = {
  da: "Får du svært ved at synke, tale eller trække vejret, så ring 112.",
  en: "If you have trouble swallowing, speaking or breathing, call 112.",
};

export const TEXTS = {
  photoOnly: {
    da: "Tak for billedet, det er sendt til lægen. Skriv gerne kort, hvad du mærker, og hvor mange dage siden du blev behandlet.",
    en: "Thank you for the photo, it has been sent to the doctor. Please write briefly what you notice and how many days ago you were treated.",
  },
  photoOnlyKnown: {
    da: "Tak for billedet, det er sendt til lægen. Skriv gerne kort, hvad du mærker.",
    en: "Thank you for the photo, it has been sent to the doctor. Please write briefly what you notice.",
  },
  photoThanks: { da: "Tak for billedet, det er sendt til lægen.", en: "Thank you for the photo, it has been sent to the doctor." },
  sentToDoctor: { da: "Din besked er sendt til lægen.", en: "Your message has been sent to the doctor." },
  noted: { da: "Tak, det er noteret til lægen.", en: "Thank you, the doctor will see this." },
  stopped: {
    da: "Du er afmeldt og får ikke flere beskeder fra os. Skriv START, hvis du vil have dem igen. Er det akut, så ring 112.",
    en: "You are unsubscribed and will get no more messages from us. Text START to resume. In an emergency, call 112.",
  },
  started: { da: "Velkommen tilbage. Skriv dit spørgsmål, eller beskriv hvad du mærker.", en: "Welcome back. Ask your question or describe what you notice." },
} satisfies Record<string, Texts>;

// The first reply of a conversation says once that no person is writing: the clinic's line is automatic.
const AUTOMATIC: Texts = { da: "Du skriver til klinikkens automatiske akutlinje.", en: "This is the clinic's automated after-treatment line." };
const GREETING: Texts = { da: "Hej.", en: "Hello." };
const SAYS_AUTOMATIC = /automatisk|automated/i;
// These must open their reply: the 112 reply starts with "Ring 112", the screen is one SMS.
const STANDS_ALONE = /^(?:Ring 112|Svar JA eller NEJ|Answer YES or NO)/;

/** The first reply with the bot's introduction: at its start, or as an SMS of its own after it. */
export function introduced(reply: string, lang: Language): string[] {
  if (SAYS_AUTOMATIC.test(reply)) return [reply];
  const opening = `${GREETING[lang]} ${AUTOMATIC[lang]} ${reply}`;
  return !STANDS_ALONE.test(reply) && fitsSms(opening) ? [opening] : [reply, AUTOMATIC[lang]];
}

// "70113131" is read as Danes write it, "70 11 31 31"; a short number such as 1813 stays whole.
const spoken = (number: string) => (number.length === 8 ? number.replace(/(\d{2})(?=\d)/g, "$1 ") : number);

export function helpText(lang: Language, outOfHours: { name: string; number: string }): string {
  const number = spoken(outOfHours.number);
  return lang === "da"
    ? `Dette er klinikkens automatiske akutlinje efter botox. Skriv dit spørgsmål, eller beskriv hvad du mærker. Får du svært ved at synke, tale eller trække vejret, så ring 112. Har du brug for en læge, mens klinikken har lukket, så ring til ${outOfHours.name} på ${number}. Skriv STOP for at afmelde.`
    : `This is the clinic's automated line after botox treatment. Write your question or what you notice. If you have trouble swallowing, speaking or breathing, call 112. If you need a doctor while the clinic is closed, call ${outOfHours.name} on ${number}. Text STOP to unsubscribe.`;
}
