import { TEXTS, type Lang } from "../console-texts.js";
import { Layout } from "./layout.js";

export function LoginPage(props: { lang: Lang; csrf: string; next: string; notice?: { text: string; problem?: boolean } | null; phone?: string }): JSX.Element {
  const t = TEXTS[props.lang];
  return (
    <Layout title={t.loginTitle} lang={props.lang} notice={props.notice}>
      <section class="card narrow">
        <h1 safe>{t.loginTitle}</h1>
        <form method="post" action="/console/login" class="stack">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <input type="hidden" name="next" value={props.next} />
          <label>
            <span safe>{t.phone}</span>
            <input name="phone" type="tel" autocomplete="username" required value={props.phone ?? ""} />
          </label>
          <label>
            <span safe>{t.password}</span>
            <input name="password" type="password" autocomplete="current-password" required />
          </label>
          <label>
            <span safe>{t.code}</span>
            <input name="code" inputmode="numeric" autocomplete="one-time-code" required />
          </label>
          <button type="submit" safe>{t.loginButton}</button>
        </form>
      </section>
    </Layout>
  );
}

export function EnrolPage(props: { lang: Lang; csrf: string; name: string; qr: string; secret: string; action: string; notice?: { text: string; problem?: boolean } | null }): JSX.Element {
  const t = TEXTS[props.lang];
  return (
    <Layout title={t.enrolTitle} lang={props.lang} notice={props.notice}>
      <section class="card narrow">
        <h1 safe>{`${t.enrolTitle}: ${props.name}`}</h1>
        <p safe>{t.enrolIntro}</p>
        <img class="qr" src={props.qr} alt="QR" width="220" height="220" />
        <p>
          <span safe>{t.enrolManual}</span> <code safe>{props.secret}</code>
        </p>
        <form method="post" action={props.action} class="stack">
          <input type="hidden" name="_csrf" value={props.csrf} />
          <label>
            <span safe>{t.newPassword}</span>
            <input name="password" type="password" autocomplete="new-password" minlength="12" required />
          </label>
          <label>
            <span safe>{t.code}</span>
            <input name="code" inputmode="numeric" autocomplete="one-time-code" required />
          </label>
          <button type="submit" safe>{t.enrolButton}</button>
        </form>
      </section>
    </Layout>
  );
}

export function RecoveryCodesPage(props: { lang: Lang; codes: string[] }): JSX.Element {
  const t = TEXTS[props.lang];
  return (
    <Layout title={t.enrolDone} lang={props.lang}>
      <section class="card narrow">
        <h1 safe>{t.enrolDone}</h1>
        <p safe>{t.recoveryIntro}</p>
        <ul class="codes">
          {props.codes.map((code) => (
            <li>
              <code safe>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <a href="/console/login" safe>{t.toLogin}</a>
        </p>
      </section>
    </Layout>
  );
}

export function MessagePage(props: { lang: Lang; title: string; text: string }): JSX.Element {
  return (
    <Layout title={props.title} lang={props.lang}>
      <section class="card narrow">
        <h1 safe>{props.title}</h1>
        <p safe>{props.text}</p>
        <p>
          <a href="/console" safe>
            {TEXTS[props.lang].back}
          </a>
        </p>
      </section>
    </Layout>
  );
}
