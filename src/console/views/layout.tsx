import type Html from "@kitajs/html";
import type { StaffMember } from "../../store/console-store.js";
import { TEXTS, type Lang } from "../console-texts.js";

export interface PageProps {
  title: string;
  lang: Lang;
  staff?: StaffMember | null;
  csrf?: string;
  /** A notice above the page (after an action), and whether it tells of a problem. */
  notice?: { text: string; problem?: boolean } | null;
  /** The page's live part polls this URL (the inbox). */
  poll?: string;
  children?: Html.Children;
}

// Every page: no inline script or style (the CSP forbids them), a viewport for phones.
export function Layout(props: PageProps): JSX.Element {
  const t = TEXTS[props.lang];
  const staff = props.staff;
  return (
    <>
      {"<!doctype html>"}
      <html lang={props.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="same-origin" />
          <title safe>{`${props.title} · ${t.appName}`}</title>
          <link rel="stylesheet" href="/console/assets/console.css" />
          <script src="/console/assets/console.js" defer></script>
        </head>
        <body data-poll={props.poll} data-title={`${props.title} · ${t.appName}`}>
          <header class="top">
            <a class="brand" href="/console" safe>
              {t.appName}
            </a>
            {staff ? (
              <nav>
                <a href="/console" safe>{t.inbox}</a>
                <a href="/console/treatments" safe>{t.treatments}</a>
                <a href="/console/rota" safe>{t.rota}</a>
                {staff.role === "admin" ? <a href="/console/audit" safe>{t.audit}</a> : ""}
                <span class="who" safe>
                  {staff.name}
                </span>
                <form method="post" action="/console/logout" class="inline">
                  <input type="hidden" name="_csrf" value={props.csrf} />
                  <button type="submit" class="link" safe>
                    {t.logout}
                  </button>
                </form>
              </nav>
            ) : (
              ""
            )}
          </header>
          <main>
            {props.notice ? (
              <p class={props.notice.problem ? "notice problem" : "notice"} role="status" safe>
                {props.notice.text}
              </p>
            ) : (
              ""
            )}
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}
