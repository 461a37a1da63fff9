import type { AuditEntry, StaffMember } from "../../store/console-store.js";
import { TEXTS, when } from "../console-texts.js";
import { Layout } from "./layout.js";

export function AuditPage(props: { staff: StaffMember; csrf: string; entries: AuditEntry[]; members: StaffMember[]; query: Record<string, string>; exportUrl: string }): JSX.Element {
  const lang = props.staff.language;
  const t = TEXTS[lang];
  return (
    <Layout title={t.audit} lang={lang} staff={props.staff} csrf={props.csrf}>
      <h1 safe>{t.audit}</h1>
      <form method="get" action="/console/audit" class="row card">
        <label>
          <span safe>{t.auditPerson}</span>
          <select name="person">
            <option value="" safe>{t.everyone}</option>
            {props.members.map((m) => (
              <option value={m.id} selected={props.query.person === m.id} safe>{m.name}</option>
            ))}
          </select>
        </label>
        <label>
          <span safe>{t.auditCase}</span>
          <input name="case" value={props.query.case ?? ""} placeholder="K7" />
        </label>
        <label>
          <span safe>{t.auditFrom}</span>
          <input name="from" type="date" value={props.query.from ?? ""} />
        </label>
        <label>
          <span safe>{t.auditTo}</span>
          <input name="to" type="date" value={props.query.to ?? ""} />
        </label>
        <button type="submit" safe>{t.auditFilter}</button>
        <a href={props.exportUrl} safe>{t.auditExport}</a>
      </form>
      <table id="audit">
        <tr>
          <th safe>{t.auditWhen}</th>
          <th safe>{t.auditWho}</th>
          <th safe>{t.auditWhat}</th>
          <th safe>{t.auditCase}</th>
          <th safe>{t.auditIp}</th>
        </tr>
        {props.entries.map((e) => (
          <tr>
            <td safe>{when(e.at)}</td>
            <td safe>{e.who}</td>
            <td safe>{e.detail ? `${e.action}: ${e.detail}` : e.action}</td>
            <td safe>{e.caseRef ?? ""}</td>
            <td safe>{e.ip}</td>
          </tr>
        ))}
      </table>
    </Layout>
  );
}
