import type { StaffMember } from "../../store/console-store.js";
import type { TreatmentRecord } from "../../store/treatment-store.js";
import { AREA_NAMES, AREAS, type AreaId } from "../../treatments/treatment.js";
import { LEVEL_LABELS, TEXTS, when, type Lang } from "../console-texts.js";
import type { FormError, FormField, TreatmentFormValues } from "../treatment-form.js";
import { checkinRows } from "../treatment-story.js";
import { Layout } from "./layout.js";

export interface TreatmentsPageProps {
  staff: StaffMember;
  csrf: string;
  form: TreatmentFormValues;
  errors: FormError[];
  records: TreatmentRecord[];
  /** The treatment just registered or changed, shown first. */
  highlight: string | null;
  /** The staff's doctors, offered for the doctor field. */
  doctors: string[];
  dataTtlDays: number;
  notice: { text: string; problem?: boolean } | null;
}

const areaName = (a: string, lang: Lang) => AREA_NAMES[a as AreaId]?.[lang] ?? a;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Azzalure 30 E" or "Azzalure (pande 10 E, mellem brynene 20 E)", in the staff member's language. */
function productText(r: TreatmentRecord, lang: Lang): string {
  const figure = (n: number) => (lang === "da" ? String(n).replace(".", ",") : String(n));
  const unit = lang === "da" ? "E" : "U";
  const units = r.units === undefined ? "" : typeof r.units === "number" ? `${figure(r.units)} ${unit}`
    : `(${Object.entries(r.units).map(([a, n]) => `${areaName(a, lang)} ${figure(n!)} ${unit}`).join(", ")})`;
  return [r.product ?? "", units].filter(Boolean).join(" ");
}

function Checkins(props: { record: TreatmentRecord; lang: Lang }): JSX.Element {
  const t = TEXTS[props.lang];
  const r = props.record;
  const rows = checkinRows(r);
  if (rows.length === 0) return <span class="muted" safe>{r.checkinConsent && !r.checkin?.snapshot.context.cancelled ? t.noCheckinsLeft : t.noCheckins}</span>;
  const stopped = r.checkin?.snapshot.context.cancelled?.reason === "stop";
  return (
    <ul class="checkins">
      {rows.map((row) => (
        <li>
          <span safe>{`${t.day} ${row.day} · ${when(row.at)}: `}</span>
          <strong safe>{`${t[row.status]}${row.status === "ciCancelled" && stopped ? " (STOP)" : ""}`}</strong>
          {row.result && row.result.outcome !== "skipped" ? <span class="muted" safe>{` ${when(row.result.at)}`}</span> : ""}
          {row.result?.level ? <span safe>{` · ${LEVEL_LABELS[props.lang][row.result.level]}`}</span> : ""}
          {row.result?.caseRef ? (
            <>
              {" · "}
              <a href={`/console/cases/${row.result.caseRef}`} safe>{row.result.caseRef}</a>
            </>
          ) : (
            ""
          )}
        </li>
      ))}
    </ul>
  );
}

function TreatmentItem(props: { record: TreatmentRecord; lang: Lang; csrf: string; highlight: boolean }): JSX.Element {
  const t = TEXTS[props.lang];
  const r = props.record;
  const base = `/console/treatments/${r.id}`;
  const csrf = <input type="hidden" name="_csrf" value={props.csrf} />;
  const withdrawn = !r.checkinConsent && r.checkin?.snapshot.context.cancelled?.reason === "consent";
  const product = productText(r, props.lang);
  return (
    <li class={props.highlight ? "card treatment just" : "card treatment"} id={`t-${r.id}`}>
      <h3>
        <span safe>{when(r.treatedAt)}</span>
        {" · "}
        <span class="phone" safe>{r.phone}</span>
        {r.name ? (
          <>
            {" · "}
            <span class="name" safe>{r.name}</span>
          </>
        ) : (
          ""
        )}
      </h3>
      <dl class="facts">
        <dt safe>{t.areas}</dt>
        <dd safe>{r.areas.map((a) => areaName(a, props.lang)).join(", ")}</dd>
        {product ? (
          <>
            <dt safe>{t.productLabel}</dt>
            <dd safe>{product}</dd>
          </>
        ) : (
          ""
        )}
        <dt safe>{t.doctor}</dt>
        <dd safe>{r.doctor ?? "-"}</dd>
        <dt safe>{t.consentShort}</dt>
        <dd class="consent" safe>{r.checkinConsent ? t.yes : withdrawn ? `${t.no} (${t.consentWithdrawn})` : t.no}</dd>
        {r.closedAt !== null ? (
          <>
            <dt safe>{t.closedLabel}</dt>
            <dd safe>{when(r.closedAt)}</dd>
          </>
        ) : (
          ""
        )}
        <dt safe>{t.checkins}</dt>
        <dd>
          <Checkins record={r} lang={props.lang} />
        </dd>
        <dt>Id</dt>
        <dd class="muted" safe>{r.id}</dd>
      </dl>
      <div class="row actions">
        {r.checkinConsent ? (
          <form method="post" action={`${base}/consent`} class="inline">
            {csrf}
            <button type="submit" class="secondary withdraw" safe>{t.withdrawConsent}</button>
          </form>
        ) : (
          ""
        )}
        {r.closedAt === null ? (
          <form method="post" action={`${base}/close`} class="inline">
            {csrf}
            <button type="submit" class="secondary close" safe>{t.closeTreatment}</button>
          </form>
        ) : (
          ""
        )}
        <form method="post" action={`${base}/delete`} class="inline">
          {csrf}
          <label class="check">
            <input type="checkbox" name="confirm" value="1" required /> <span safe>{t.deleteConfirm}</span>
          </label>
          <button type="submit" class="danger delete" safe>{t.deleteTreatment}</button>
        </form>
      </div>
    </li>
  );
}

export function TreatmentsPage(props: TreatmentsPageProps): JSX.Element {
  const lang = props.staff.language;
  const t = TEXTS[lang];
  const f = props.form;
  const wrong = (field: FormField) => (props.errors.some((e) => e.field === field) ? "true" : undefined);
  const reason = (e: FormError) => t[e.key].replace("{days}", String(props.dataTtlDays));
  const first = props.records.filter((r) => r.id === props.highlight);
  const ordered = [...first, ...props.records.filter((r) => r.id !== props.highlight)];
  return (
    <Layout title={t.treatments} lang={lang} staff={props.staff} csrf={props.csrf} notice={props.notice}>
      <h1 safe>{t.treatments}</h1>
      <section class="card">
        <h2 safe>{t.treatmentNew}</h2>
        <p class="muted" safe>{t.treatmentIntro}</p>
        <form method="post" action="/console/treatments" class="stack" id="treatment-form">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <input type="hidden" name="externalId" value={f.externalId} />
          {props.errors.length ? (
            <ul class="errors" id="form-errors" role="alert">
              {props.errors.map((e) => (
                <li safe>{reason(e)}</li>
              ))}
            </ul>
          ) : (
            ""
          )}
          <label>
            <span safe>{t.patientPhone}</span>
            <input name="phone" type="tel" autocomplete="off" required maxlength="30" value={f.phone} aria-invalid={wrong("phone")} />
          </label>
          <label>
            <span safe>{t.patientName}</span>
            <input name="name" autocomplete="off" maxlength="100" value={f.name} aria-invalid={wrong("name")} />
          </label>
          <div class="row">
            <label>
              <span safe>{t.treatedDate}</span>
              <input name="date" type="date" required value={f.date} aria-invalid={wrong("when")} />
            </label>
            <label>
              <span safe>{t.treatedTime}</span>
              <input name="time" type="time" required value={f.time} aria-invalid={wrong("when")} />
            </label>
          </div>
          <fieldset class="areas" aria-invalid={wrong("areas")}>
            <legend safe>{t.areas}</legend>
            {AREAS.map((a) => (
              <div class="area">
                <label class="check">
                  <input type="checkbox" name="areas" value={a} checked={f.areas.includes(a)} /> <span safe>{capital(AREA_NAMES[a][lang])}</span>
                </label>
                <input name={`units_${a}`} inputmode="decimal" maxlength="8" value={f.unitsByArea[a] ?? ""} placeholder={t.unitsFor} aria-label={`${t.unitsFor}: ${AREA_NAMES[a][lang]}`} />
              </div>
            ))}
          </fieldset>
          <label>
            <span safe>{t.unitsTotal}</span>
            <input name="units" inputmode="decimal" maxlength="8" value={f.units} aria-invalid={wrong("units")} />
          </label>
          <div class="row">
            <label>
              <span safe>{t.product}</span>
              <input name="product" maxlength="60" value={f.product} aria-invalid={wrong("product")} />
            </label>
            <label>
              <span safe>{t.doctor}</span>
              <input name="doctor" list="doctors" maxlength="60" value={f.doctor} aria-invalid={wrong("doctor")} />
              <datalist id="doctors">
                {props.doctors.map((d) => (
                  <option value={d} />
                ))}
              </datalist>
            </label>
          </div>
          <fieldset aria-invalid={wrong("consent")}>
            <legend safe>{t.consent}</legend>
            <label class="check">
              <input type="radio" name="consent" value="yes" required checked={f.consent === "yes"} /> <span safe>{t.yes}</span>
            </label>
            <label class="check">
              <input type="radio" name="consent" value="no" checked={f.consent === "no"} /> <span safe>{t.no}</span>
            </label>
          </fieldset>
          <label>
            <span safe>{t.patientLanguage}</span>
            <select name="language" aria-invalid={wrong("language")}>
              <option value="da" selected={f.language !== "en"} safe>{t.langDa}</option>
              <option value="en" selected={f.language === "en"} safe>{t.langEn}</option>
            </select>
          </label>
          <button type="submit" id="register" safe>{t.register}</button>
        </form>
      </section>
      <h2 safe>{t.recentTreatments}</h2>
      {ordered.length === 0 ? (
        <p class="muted" safe>{t.noTreatments}</p>
      ) : (
        <ul class="treatments" id="treatments">
          {ordered.map((r) => (
            <TreatmentItem record={r} lang={lang} csrf={props.csrf} highlight={r.id === props.highlight} />
          ))}
        </ul>
      )}
    </Layout>
  );
}
