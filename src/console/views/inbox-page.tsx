import type { CaseRecord } from "../../flows/records.js";
import type { StaffMember } from "../../store/console-store.js";
import { caseSign, escalationText } from "../case-story.js";
import { ago, LEVEL_LABELS, TEXTS, type Lang } from "../console-texts.js";
import { Layout } from "./layout.js";

export const FILTERS = ["open", "unacked", "mine", "review", "closed"] as const;
export type Filter = (typeof FILTERS)[number];
const FILTER_LABELS = { open: "filterOpen", unacked: "filterUnacked", mine: "filterMine", review: "filterReview", closed: "filterClosed" } as const;

/** The list alone: what the inbox's poll replaces. */
export function CaseList(props: { cases: CaseRecord[]; names: ReadonlyMap<string, string>; lang: Lang; now: number }): JSX.Element {
  const t = TEXTS[props.lang];
  if (props.cases.length === 0) return <p class="muted" safe>{t.noCases}</p>;
  return (
    <ul class="cases">
      {props.cases.map((r) => {
        const c = r.snapshot.context;
        return (
          <li class={`lvl-${c.level}`}>
            <a href={`/console/cases/${c.ref}`}>
              <span class="ref" safe>{c.ref}</span>
              <span>
                <span class={`lvl lvl-${c.level}`} safe>{LEVEL_LABELS[props.lang][c.level]}</span>
              </span>
              <span class="sign" safe>{`${caseSign(c, props.lang)} · ${[props.names.get(c.patient), c.patient.replace(/^whatsapp:/, "")].filter(Boolean).join(", ")}`}</span>
              <span class="muted when" safe>{ago(props.now - c.openedAt, props.lang)}</span>
              <span class="muted esc" safe>{escalationText(r, props.lang)}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** `count`: the open cases nobody has acknowledged, shown in the title. */
export function InboxPage(props: { staff: StaffMember; csrf: string; cases: CaseRecord[]; names: ReadonlyMap<string, string>; count: number; filter: Filter; q: string; now: number }): JSX.Element {
  const lang = props.staff.language;
  const t = TEXTS[lang];
  const query = (f: Filter) => `/console?f=${f}${props.q ? `&q=${encodeURIComponent(props.q)}` : ""}`;
  return (
    <Layout title={t.inbox} lang={lang} staff={props.staff} csrf={props.csrf} poll={`/console/inbox/list?f=${props.filter}${props.q ? `&q=${encodeURIComponent(props.q)}` : ""}`}>
      <h1 safe>{t.inbox}</h1>
      <nav class="filters">
        {FILTERS.map((f) => (
          <a href={query(f)} class={f === props.filter ? "on" : ""} safe>
            {t[FILTER_LABELS[f]]}
          </a>
        ))}
      </nav>
      <form class="search" method="get" action="/console">
        <input type="hidden" name="f" value={props.filter} />
        <input type="search" name="q" value={props.q} placeholder={t.search} aria-label={t.search} />
        <button type="submit" safe>{t.searchButton}</button>
      </form>
      <div id="case-list" data-count={String(props.count)}>
        <CaseList cases={props.cases} names={props.names} lang={lang} now={props.now} />
      </div>
    </Layout>
  );
}
