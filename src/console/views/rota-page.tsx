import type { Rota, StaffMember } from "../../store/console-store.js";
import { DAY_NAMES, TEXTS } from "../console-texts.js";
import { Layout } from "./layout.js";

export function RotaPage(props: { staff: StaffMember; csrf: string; rota: Rota; members: StaffMember[]; now: { primary: string | null; backup: string | null } | null; canEdit: boolean; notice: { text: string; problem?: boolean } | null }): JSX.Element {
  const lang = props.staff.language;
  const t = TEXTS[lang];
  const name = (id: string | null) => (id ? props.members.find((m) => m.id === id)?.name ?? "?" : t.none);
  const doctors = props.members.filter((m) => m.role === "doctor");
  const csrf = <input type="hidden" name="_csrf" value={props.csrf} />;
  const people = (field: string, optional: boolean) => (
    <select name={field}>
      {optional ? <option value="" safe>{t.none}</option> : ""}
      {doctors.map((m) => (
        <option value={m.id} safe>{m.name}</option>
      ))}
    </select>
  );
  // Who is on call, and the button, end both the weekly and the dated form.
  const whoAndAdd = (
    <>
      <label>
        <span safe>{t.primary}</span>
        {people("primary", false)}
      </label>
      <label>
        <span safe>{t.backup}</span>
        {people("backup", true)}
      </label>
      <button type="submit" safe>{t.add}</button>
    </>
  );
  const remove = (kind: string, index: number) =>
    props.canEdit ? (
      <form method="post" action="/console/rota/remove" class="inline">
        {csrf}
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="index" value={String(index)} />
        <button type="submit" class="secondary" safe>{t.remove}</button>
      </form>
    ) : (
      ""
    );
  return (
    <Layout title={t.rota} lang={lang} staff={props.staff} csrf={props.csrf} notice={props.notice}>
      <h1 safe>{t.rota}</h1>
      <section class="card">
        <strong safe>{`${t.rotaNow}: `}</strong>
        <span id="on-call-now" safe>{props.now ? `${name(props.now.primary)} (${t.backup}: ${name(props.now.backup)})` : t.rotaDefault}</span>
        {props.canEdit ? "" : <p class="muted" safe>{t.rotaReadOnly}</p>}
      </section>
      <section class="card">
        <h2 safe>{t.weekly}</h2>
        <table>
          <tr>
            <th safe>{t.day}</th>
            <th safe>{t.from}</th>
            <th safe>{t.to}</th>
            <th safe>{t.primary}</th>
            <th safe>{t.backup}</th>
            <th></th>
          </tr>
          {props.rota.slots.map((s, i) => (
            <tr>
              <td safe>{DAY_NAMES[lang][s.day]}</td>
              <td safe>{s.from}</td>
              <td safe>{s.to}</td>
              <td safe>{name(s.primary)}</td>
              <td safe>{name(s.backup)}</td>
              <td>{remove("slot", i)}</td>
            </tr>
          ))}
        </table>
        {props.canEdit ? (
          <form method="post" action="/console/rota/slot" class="row">
            {csrf}
            <label>
              <span safe>{t.day}</span>
              <select name="day">
                {DAY_NAMES[lang].map((d, i) => (
                  <option value={String(i)} safe>{d}</option>
                ))}
              </select>
            </label>
            <label>
              <span safe>{t.from}</span>
              <input name="from" type="time" required value="16:00" />
            </label>
            <label>
              <span safe>{t.to}</span>
              <input name="to" type="time" required value="08:00" />
            </label>
            {whoAndAdd}
          </form>
        ) : (
          ""
        )}
      </section>
      <section class="card">
        <h2 safe>{t.overrides}</h2>
        <table>
          <tr>
            <th safe>{t.from}</th>
            <th safe>{t.to}</th>
            <th safe>{t.primary}</th>
            <th safe>{t.backup}</th>
            <th></th>
          </tr>
          {props.rota.overrides.map((o, i) => (
            <tr>
              <td safe>{o.from.replace("T", " ")}</td>
              <td safe>{o.to.replace("T", " ")}</td>
              <td safe>{name(o.primary)}</td>
              <td safe>{name(o.backup)}</td>
              <td>{remove("override", i)}</td>
            </tr>
          ))}
        </table>
        {props.canEdit ? (
          <form method="post" action="/console/rota/override" class="row">
            {csrf}
            <label>
              <span safe>{t.from}</span>
              <input name="from" type="datetime-local" required />
            </label>
            <label>
              <span safe>{t.to}</span>
              <input name="to" type="datetime-local" required />
            </label>
            {whoAndAdd}
          </form>
        ) : (
          ""
        )}
      </section>
      <section class="card">
        <h2 safe>{t.hours}</h2>
        <form method="post" action="/console/rota/hours" class="stack">
          {csrf}
          <label>
            <span safe>{t.hours}</span>
            <input name="hours" value={props.rota.hours ?? ""} disabled={!props.canEdit} />
          </label>
          <p class="muted" safe>{t.hoursHelp}</p>
          <label>
            <span safe>{`${t.closedDays} (YYYY-MM-DD, ...)`}</span>
            <input name="closed" value={props.rota.closedDays.join(", ")} disabled={!props.canEdit} />
          </label>
          {props.canEdit ? <button type="submit" safe>{t.save}</button> : ""}
        </form>
      </section>
    </Layout>
  );
}
