// The clinic's patient leaflet (leaflet-botox-da.txt beside this file) as the only facts the
// bot may state. Each topic names the leaflet section it rests on; a test checks that every
// number in a reply stands in that section. Bump LEAFLET_VERSION when the leaflet changes.
export const LEAFLET_VERSION = "botox-da-2026-11";

export interface Topic {
  id: string;
  /** The leaflet heading the facts come from. */
  section: string;
  /** The leaflet's own words that the replies restate. */
  facts: string[];
  reply: { da: string; en: string };
}

export const TOPICS: Topic[] = [
  {
    id: "what-is-botox",
    section: "Præparater",
    facts: ["Vistabel/Azzalure indeholder botulinumtoksin type A, som udvindes fra bakterien Clostridium botulinum.", "Stoffet har været kendt siden 1980'erne."],
    reply: {
      da: "Botox (Vistabel/Azzalure) indeholder botulinumtoksin type A, som udvindes fra bakterien Clostridium botulinum. Stoffet har været kendt siden 1980'erne og bruges både til sygdomme og kosmetiske behandlinger.",
      en: "Botox (Vistabel/Azzalure) contains botulinum toxin type A, which comes from the bacterium Clostridium botulinum. It has been known since the 1980s and is used both for illnesses and for cosmetic treatments.",
    },
  },
  {
    id: "how-it-works",
    section: "Hvordan virker botox?",
    facts: ["Botox hæmmer frigivelsen af acetylcholin, så musklen forbliver afslappet.", "Ikke en total lammelse; man får ikke et mimikløst ansigt.", "Følesansen påvirkes ikke.", "Fuld effekt efter ca. 2 uger."],
    reply: {
      da: "Botox hæmmer signalstoffet acetylcholin i nerveenden, så musklen forbliver afslappet. Det er ikke en total lammelse, så du får ikke et mimikløst ansigt, og følesansen påvirkes ikke. Fuld effekt opnås efter ca. 2 uger.",
      en: "Botox blocks the signal substance acetylcholine at the nerve ending, so the muscle stays relaxed. It is not a total paralysis, so your face will not lose its expression, and your sense of touch (feeling) is not affected. Full effect comes after about 2 weeks.",
    },
  },
  {
    id: "wrinkles",
    section: "Hvorfor får vi rynker?",
    facts: ["Botox har bedst effekt på dynamiske rynker.", "Statiske rynker kan i nogen grad behandles.", "Efter et års behandling mindskes rynkerne typisk.", "Statiske rynker forsvinder ikke alene som følge af botox."],
    reply: {
      da: "Botox har bedst effekt på dynamiske rynker, dem der kun ses når musklen er aktiv. Statiske rynker kan i nogen grad behandles, men man kan ikke forvente, at de forsvinder alene med botox. Typisk mindskes rynkerne efter et års behandling, og huden bliver mere glat.",
      en: "Botox works best on dynamic wrinkles, the ones you only see when the muscle is active. Static wrinkles can be treated to some degree, but you cannot expect them to disappear with botox alone. Typically wrinkles are reduced after a year of treatment and the skin becomes smoother.",
    },
  },
  {
    id: "wrinkle-causes",
    section: "Hvorfor får vi rynker?",
    facts: ["Rynker udvikles som del af aldringsprocessen.", "Huden mister volumen og elasticitet pga. tab af kollagen, elastin, hyaluronsyre.", "Soleksponering og rygning disponerer for rynkedannelse.", "Dynamiske rynker ses kun når musklen er aktiv; over tid kan de blive statiske."],
    reply: {
      da: "Rynker kommer som en del af aldringen: huden mister volumen og elasticitet, fordi den mister kollagen, elastin og hyaluronsyre. Sol og rygning giver også rynker. Når musklerne arbejder, dannes dynamiske rynker, og med tiden kan de blive statiske, så de også ses, når musklen er afslappet.",
      en: "Wrinkles come as part of ageing: the skin loses volume and elasticity as it loses collagen, elastin and hyaluronic acid. Sun and smoking also cause wrinkles. Working muscles form dynamic wrinkles, and over time these can become static, so they show even when the muscle is relaxed.",
    },
  },
  {
    id: "treatment-areas",
    section: "Hvor får vi typisk rynker?",
    facts: ["Rynker er typisk mest udtalt i panden, mellem øjenbrynene og omkring øjnene (kragetæer).", "Botox kan også forebygge ældningstegn i underansigt og hals."],
    reply: {
      da: "Botox bruges typisk i panden, mellem øjenbrynene (bekymringsrynken) og omkring øjnene (kragetæer). Det kan også bruges til at forebygge ældningstegn i underansigt og hals, fx nedadvendte mundvige, marionetlinjer og hagefure.",
      en: "Botox is typically used on the forehead, between the eyebrows (frown lines) and around the eyes (crow's feet). It can also help prevent signs of ageing in the lower face and neck, for example down-turned mouth corners, marionette lines and chin creases.",
    },
  },
  {
    id: "indications",
    section: "lndikationer",
    facts: ["Dynamiske og statiske rynker.", "Reduktion af muskulær overaktivitet, fx tyggemuskler.", "Svedtendens i armhuler."],
    reply: {
      da: "Klinikken bruger botox mod dynamiske og statiske rynker, mod overaktive muskler, fx tyggemusklerne (tænderskæren), og mod svedtendens i armhulerne.",
      en: "The clinic uses botox for dynamic and static wrinkles, for overactive muscles such as the chewing muscles (teeth grinding), and for sweating in the armpits.",
    },
  },
  {
    id: "treatment-interval",
    section: "Hvor får vi typisk rynker?",
    facts: ["En tidlig behandling med faste intervaller, ca. hver 3. måned, forebygger at rynkerne bliver statiske."],
    reply: {
      da: "Vores folder anbefaler behandling med faste intervaller, ca. hver 3. måned. Det forebygger, at rynkerne bliver statiske.",
      en: "Our leaflet recommends treatment at regular intervals, about every 3 months (every 3rd month). That prevents wrinkles from becoming static.",
    },
  },
  {
    id: "consultation",
    section: "Konsultation",
    facts: ["Gratis og uforpligtende konsultation hos lægen før behandlingen.", "2 dages betænkningstid efter konsultationen.", "Velkommen til at tage en bisidder med."],
    reply: {
      da: "Før behandlingen har du en gratis og uforpligtende konsultation hos lægen om dit helbred, din medicin og dine ønsker. Derefter har du 2 dages betænkningstid. Du er velkommen til at tage en bisidder med til både forundersøgelse og behandling.",
      en: "Before treatment you have a free, no-obligation consultation with the doctor about your health, medicines and wishes. After it you have 2 days to think it over. You are welcome to bring someone with you (a companion) to both the consultation and the treatment.",
    },
  },
  {
    id: "treatment-day",
    section: "Behandlingen",
    facts: ["Mød gerne uden make-up.", "Kliniske fotos før behandlingen.", "Området desinficeres og markeres; meget tynd nål.", "Behandlingen varer typisk 5-10 minutter."],
    reply: {
      da: "Behandlingen tager typisk 5-10 minutter, afhængigt af hvor mange områder der behandles. Mød gerne uden make-up. Der tages kliniske fotos før behandlingen, området desinficeres og markeres, og botox sprøjtes ind med en meget tynd nål.",
      en: "The treatment usually takes 5-10 minutes, depending on how many areas are treated. Please come without make-up. Clinical photos are taken first, the area is disinfected and marked, and botox is injected with a very thin needle.",
    },
  },
  {
    id: "after-treatment",
    section: "Behandlingen",
    facts: ["Let hævelse og rødme ved injektionsstederne, ofte svundet få timer senere.", "Blå mærker kan forekomme og være synlige i en uges tid."],
    reply: {
      da: "Efter behandlingen kan der ses let hævelse og rødme ved indstiksstederne, men ofte er det svundet få timer senere. Der kan også komme blå mærker, som kan ses i en uges tid.",
      en: "After the treatment there may be slight swelling and redness where the needle went in, but it is often gone a few hours later. Bruises can also appear and may be visible for about a week.",
    },
  },
  {
    id: "before-treatment",
    section: "Behandlingen",
    facts: ["Undgå alkohol, fiskeolie og acetylsalicylsyre (fx Treo, Kodimagnyl) 48 timer inden behandlingen, for at mindske risikoen for blå mærker."],
    reply: {
      da: "Vi anbefaler, at du undgår alkohol, fiskeolie og acetylsalicylsyre (fx Treo og Kodimagnyl) 48 timer inden behandlingen. Det mindsker risikoen for blå mærker.",
      en: "We recommend avoiding alcohol, fish oil and acetylsalicylic acid (aspirin, e.g. Treo, Kodimagnyl) for 48 hours before the treatment. That lowers the risk of bruising.",
    },
  },
  {
    id: "effect-onset",
    section: "Kontrol",
    facts: ["Effekten mærkes allerede efter 2-3 dage.", "Den fulde effekt indtræder først 14 dage efter behandlingen."],
    reply: {
      da: "Du begynder at mærke effekten efter 2-3 dage, men den fulde effekt kommer først 14 dage efter behandlingen.",
      en: "You start to notice the effect after 2-3 days, but the full effect only comes 14 days (2 weeks) after the treatment.",
    },
  },
  {
    id: "control-visit",
    section: "Kontrol",
    facts: ["Kontrol efter 14 dage.", "Gratis supplerende injektioner, hvis effekten er utilstrækkelig."],
    reply: {
      da: "Du kan komme til kontrol 14 dage efter behandlingen. Er effekten utilstrækkelig, kan du få supplerende injektioner gratis.",
      en: "You can come for a check-up 14 days (2 weeks) after the treatment. If the effect is not enough, you can get extra injections free of charge.",
    },
  },
  {
    id: "side-effects",
    section: "Bivirkninger",
    facts: ["Hævelse og rødme ved indstik, infektion, allergisk reaktion, mundtørhed, atrofi, hængende øjenlåg eller øjenbryn, tung pande, forbigående synsforstyrrelse og øjentørhed, hævede øjenlåg, forbigående hovedpine, påvirkning af musklerne i mund-området.", "Bivirkninger er meget sjældne, og alle er forbigående."],
    reply: {
      da: "Bivirkninger er meget sjældne, og alle er forbigående. Folderen nævner hævelse og rødme ved indstik, infektion, allergisk reaktion, mundtørhed, hængende øjenlåg eller øjenbryn, tung pande, forbigående synsforstyrrelse, tørre eller hævede øjenlåg/øjne, forbigående hovedpine og påvirkning af musklerne ved munden.",
      en: "Side effects are very rare and all pass. The leaflet lists swelling and redness where the needle went in, infection, allergic reaction, dry mouth, drooping eyelid or eyebrow, heavy forehead, brief blurred vision, dry eyes, swollen eyelids, brief headache and effects on the muscles around the mouth.",
    },
  },
  {
    id: "unwanted-paralysis",
    section: "Bivirkninger",
    facts: ["Ved lammelse af uønsket muskel (fx hængende øjenlåg) aftager effekten i løbet af 3-4 mdr.", "Der findes ingen antidot, der kan fremskynde ophævelse af effekten."],
    reply: {
      da: "Hvis botox rammer en uønsket muskel, fx så øjenlåget hænger, aftager effekten i løbet af 3-4 måneder, og tilstanden normaliseres. Der findes ingen modgift (antidot), der kan fremskynde det.",
      en: "If botox affects an unwanted muscle, for example a drooping eyelid, the effect wears off over 3-4 months and things return to normal. There is no antidote that can speed this up.",
    },
  },
  {
    id: "other-treatments",
    section: "Øvrige behandlingsmuligheder",
    facts: ["Ikke-permanent filler ved volumentab.", "Biostimulerende behandling, fx skinbooster (Ejal40), polynukleotid (Vitaran), microneedling med Exosome (Purasomes)."],
    reply: {
      da: "Ved tab af volumen kan botox suppleres med ikke-permanent filler. Klinikken tilbyder også biostimulerende behandling, fx skinbooster (Ejal40), polynukleotid (Vitaran) og microneedling med Exosome (Purasomes).",
      en: "For loss of volume, botox can be combined with a non-permanent filler. The clinic also offers treatments that stimulate the skin, such as skinbooster (Ejal40), polynucleotide (Vitaran) and microneedling with Exosome (Purasomes).",
    },
  },
  {
    id: "confidentiality",
    section: "Sikkerhed og fortrolighed",
    facts: ["Alle ansatte i klinikken har tavshedspligt.", "Personlige informationer gives aldrig videre til 3. part uden samtykke."],
    reply: {
      da: "Alle ansatte i klinikken har tavshedspligt. Dine personlige oplysninger bliver aldrig givet videre til 3. part uden dit samtykke.",
      en: "Everyone working at the clinic has a duty of confidentiality (tavshedspligt). Your personal information is never passed to a third party without your consent (samtykke).",
    },
  },
  {
    id: "emergency-contact",
    section: "Sikkerhed og fortrolighed",
    facts: ["Ved utilsigtet reaktion kan du døgnet rundt kontakte klinikkens akutnummer tlf. 93909978.", "Send gerne en sms med et billede."],
    reply: {
      da: "Ved en uventet reaktion kan du døgnet rundt skrive til klinikkens akutnummer 93909978, også med et billede. Får du svært ved at synke, tale eller trække vejret, så ring 112.",
      en: "If you have an unexpected reaction, you can text the clinic's emergency number 93909978 day and night, also with a photo. If you have trouble swallowing, speaking or breathing, call 112.",
    },
  },
];

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

export function topic(id: string): Topic {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown leaflet topic ${id}`);
  return found;
}
