import { treatmentFacts } from "../../flows/case-texts.js";
import type { CaseRecord } from "../../flows/records.js";
import type { StaffMember } from "../../store/console-store.js";
import { LEVELS } from "../../triage/types.js";
import type { CannedReply } from "../canned-replies.js";
import { caseSign, escalationText, historyText, type SignFound, type TimelineItem } from "../case-story.js";
import { LEVEL_LABELS, TEXTS, when } from "../console-texts.js";
import { Layout } from "./layout.js";

export interface CasePageProps {
  staff: StaffMember;
  csrf: string;
  record: CaseRecord;
  /** The patient's name, where a treatment on record holds it. */
  name: string | null;
  timeline: TimelineItem[];
  signs: SignFound[];
  note: string;
  canned: CannedReply[];
  dataTtlDays: number;
  notice: { text: string; problem?: boolean } | null;
}

function Photos(props: { ref: string; indexes: number[] }): JSX.Element {
  if (props.indexes.length === 0) return "";
  return (
    <div class="photos">
      {props.indexes.map((i) => (
        <a href={`/console/cases/${props.ref}/photos/${i}`} target="_blank" rel="noopener">
          <img src={`/console/cases/${props.ref}/photos/${i}`} alt={`Foto ${i + 1}`} loading="lazy" />
        </a>
      ))}
    </div>
  );
}

function Entry(props: { item: TimelineItem; lang: "da" | "en"; ref: string }): JSX.Element {
  const item = props.item;
  const at = <span class="muted" safe>{when(item.at)}</span>;
  const da = props.lang === "da";
  if (item.kind === "patient")
    return (
      <li class="patient">
        {at} <strong>{da ? "Patienten" : "The patient"}</strong>
        <div safe>{item.text}</div>
        <Photos ref={props.ref} indexes={item.photos} />
      </li>
    );
  if (item.kind === "bot")
    return (
      <li class="bot">
        {at} <strong>{da ? "Akutlinjen (automatisk)" : "Akutlinje (automatic)"}</strong>
        <div safe>{item.text}</div>
      </li>
    );
  if (item.kind === "reply")
    return (
      <li class="reply">
        {at} <strong safe>{historyText(item, props.lang)}</strong>
        <div safe>{item.text}</div>
      </li>
    );
  return (
    <li class="event">
      {at} <span safe>{historyText(item, props.lang)}</span>
      {item.kind === "level" ? <div safe>{`${da ? "Grund" : "Reason"}: ${item.reason}`}</div> : ""}
    </li>
  );
}

export function CasePage(props: CasePageProps): JSX.Element {
  const lang = props.staff.language;
  const t = TEXTS[lang];
  const r = props.record;
  const c = r.snapshot.context;
  const state = r.snapshot.value as string;
  const open = state !== "closed";
  const exported = c.exports?.at(-1);
  const base = `/console/cases/${c.ref}`;
  const csrf = <input type="hidden" name="_csrf" value={props.csrf} />;
  return (
    <Layout title={`${c.ref} ${LEVEL_LABELS[lang][c.level]}`} lang={lang} staff={props.staff} csrf={props.csrf} notice={props.notice}>
      <p class="no-print">
        <a href="/console" safe>{t.back}</a>
      </p>
      <h1>
        <span safe>{`${c.ref} `}</span>
        <span class={`lvl lvl-${c.level}`} safe>{LEVEL_LABELS[lang][c.level]}</span> <span safe>{caseSign(c, lang)}</span>
      </h1>
      <div class="grid2">
        <div>
          <section class="card">
            <dl class="facts">
              <dt safe>{t.state}</dt>
              <dd id="case-state" safe>{escalationText(r, lang)}</dd>
              <dt safe>{t.patient}</dt>
              <dd safe>{props.name ? `${props.name}, ${c.patient}` : c.patient}</dd>
              {c.treatment ? <><dt safe>{t.treatment}</dt><dd class="treatment" safe>{treatmentFacts(c).trim()}</dd></> : ""}
              <dt safe>{t.opened}</dt>
              <dd safe>{when(c.openedAt)}</dd>
            </dl>
          </section>
          <section class="card">
            <h2 safe>{t.findings}</h2>
            {props.signs.length === 0 ? (
              <p class="muted" safe>{t.noFindings}</p>
            ) : (
              <ul class="signs">
                {props.signs.map((s) => (
                  <li>
                    <strong safe>{s.name}</strong> <span class={`lvl lvl-${s.level}`} safe>{LEVEL_LABELS[lang][s.level]}</span>
                    {s.words.length ? <span class="muted" safe>{` ${t.whySign}: ${s.words.map((w) => `«${w}»`).join(", ")}`}</span> : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section class="card">
            <h2 safe>{t.timeline}</h2>
            <ol class="timeline" id="timeline">
              {props.timeline.map((item) => (
                <Entry item={item} lang={lang} ref={c.ref} />
              ))}
            </ol>
          </section>
        </div>
        <div>
          {open ? (
            <section class="card no-print">
              <h2 safe>{t.actions}</h2>
              {state !== "acknowledged" ? (
                <form method="post" action={`${base}/ack`}>
                  {csrf}
                  <button type="submit" id="ack" safe>{t.ack}</button>
                </form>
              ) : (
                ""
              )}
              <form method="post" action={`${base}/reply`} class="stack">
                {csrf}
                <h2 safe>{t.reply}</h2>
                <label>
                  <span safe>{t.canned}</span>
                  <select name="canned" id="canned">
                    <option value="" safe>{t.cannedNone}</option>
                    {props.canned.map((reply) => (
                      <option value={reply.text} safe>{reply.label}</option>
                    ))}
                  </select>
                </label>
                <label>
                  <span safe>{t.replyText}</span>
                  <textarea name="text" id="reply-text" maxlength="430"></textarea>
                </label>
                <button type="submit" id="send-reply" safe>{t.send}</button>
              </form>
              <form method="post" action={`${base}/level`} class="stack">
                {csrf}
                <h2 safe>{t.changeLevel}</h2>
                <div class="row">
                  <label>
                    <span safe>{t.level}</span>
                    <select name="level">
                      {[...LEVELS].reverse().map((l) => (
                        <option value={l} selected={l === c.level} safe>{LEVEL_LABELS[lang][l]}</option>
                      ))}
                    </select>
                  </label>
                  <label>
                    <span safe>{t.reason}</span>
                    <input name="reason" required maxlength="300" />
                  </label>
                </div>
                <p class="muted" safe>{t.lowerNote}</p>
                <button type="submit" class="secondary" safe>{t.changeLevelButton}</button>
              </form>
              <form method="post" action={`${base}/close`} class="stack">
                {csrf}
                <h2 safe>{t.close}</h2>
                {exported ? (
                  <p class="muted" safe>{t.closeExported}</p>
                ) : (
                  <label class="check">
                    <span>
                      <input type="checkbox" name="confirm" value="1" /> <span safe>{t.closeNotExported}</span>
                    </span>
                  </label>
                )}
                <button type="submit" class="danger" id="close" safe>{t.closeButton}</button>
              </form>
            </section>
          ) : (
            ""
          )}
          <section class="card">
            <h2 safe>{t.note}</h2>
            <p class="muted" safe>{t.noteNotRecord.replace("{days}", String(props.dataTtlDays))}</p>
            <form method="post" action={`${base}/note.txt`} class="stack">
              {csrf}
              <textarea name="note" id="note-text" class="note" maxlength="20000" safe>{props.note}</textarea>
              <div class="row no-print">
                <button type="button" class="secondary" id="copy-note" data-action={`${base}/export`} data-csrf={props.csrf} data-done={`${t.exportedBy} ✓`} safe>{t.copy}</button>
                <button type="submit" id="download-note" safe>{t.download}</button>
              </div>
            </form>
            <p class="muted" id="export-state" safe>{exported ? `${t.exportedBy} ${when(exported.at)} (${exported.by.name})` : t.notExported}</p>
          </section>
        </div>
      </div>
    </Layout>
  );
}
