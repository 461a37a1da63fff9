// The console's stylesheet and script, served from /console/assets/ (the CSP allows no inline
// script or style). Plain CSS and a few lines of plain JavaScript: no build chain.
export const CONSOLE_CSS = `
:root { --ink: #1d2430; --muted: #5b6573; --line: #d8dde4; --bg: #f5f6f8; --card: #fff; --akut: #b3261e; --haster: #c25e00; --gennemgang: #2b5fad; --rolig: #4a6b3a; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header.top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; padding: .6rem 1rem; background: #20303f; color: #fff; }
header.top a, header.top button.link { color: #fff; }
.brand { font-weight: 700; text-decoration: none; }
nav { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
.who { opacity: .8; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; margin: .2rem 0 .8rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.2rem 0 .5rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin-bottom: 1rem; }
.narrow { max-width: 30rem; margin: 1rem auto; }
.stack { display: grid; gap: .7rem; }
label { display: grid; gap: .2rem; font-weight: 600; }
input, select, textarea, button { font: inherit; }
input, select, textarea { padding: .45rem .5rem; border: 1px solid #aab3bf; border-radius: 6px; width: 100%; background: #fff; }
input[type=checkbox], input[type=radio] { width: auto; margin: 0 .4rem 0 0; }
label.check { display: block; font-weight: 400; }
textarea { min-height: 6rem; }
textarea.note { min-height: 24rem; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9rem; }
button { padding: .5rem .9rem; border: 0; border-radius: 6px; background: #20507f; color: #fff; cursor: pointer; }
button.secondary { background: #e4e8ee; color: var(--ink); }
button.danger { background: var(--akut); }
button.link { background: none; padding: 0; text-decoration: underline; }
form.inline { display: inline; }
.notice { padding: .6rem .8rem; border-radius: 6px; background: #e3f1e3; border: 1px solid #9cc79c; overflow-wrap: anywhere; }
.notice.problem { background: #fbe7e5; border-color: #e0a19b; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: .6rem; }
.filters a { padding: .3rem .7rem; border-radius: 999px; background: #e4e8ee; color: var(--ink); text-decoration: none; }
.filters a.on { background: #20507f; color: #fff; }
form.search { display: flex; gap: .4rem; margin-bottom: .8rem; }
ul.cases { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
ul.cases li a { display: grid; grid-template-columns: 4.5rem 7.5rem 1fr auto; gap: .2rem .8rem; align-items: baseline; padding: .7rem .8rem; background: var(--card); border: 1px solid var(--line); border-left-width: 6px; border-radius: 8px; color: var(--ink); text-decoration: none; }
ul.cases li a > * { min-width: 0; overflow-wrap: anywhere; }
.ref { font-weight: 700; }
.lvl { display: inline-block; padding: .05rem .5rem; border-radius: 4px; color: #fff; font-size: .85rem; font-weight: 600; }
.lvl-emergency { background: var(--akut); } .lvl-urgent { background: var(--haster); } .lvl-review { background: var(--gennemgang); } .lvl-expected, .lvl-info { background: var(--rolig); }
li.lvl-emergency a { border-left-color: var(--akut); } li.lvl-urgent a { border-left-color: var(--haster); } li.lvl-review a { border-left-color: var(--gennemgang); } li.lvl-expected a, li.lvl-info a { border-left-color: var(--rolig); }
.muted { color: var(--muted); font-size: .9rem; }
.esc { grid-column: 1 / -1; }
ol.timeline { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
ol.timeline li { padding: .5rem .7rem; border-radius: 8px; background: #eef1f5; overflow-wrap: anywhere; white-space: pre-wrap; }
ol.timeline li.patient { background: #fff; border: 1px solid var(--line); margin-right: 3rem; }
ol.timeline li.bot { background: #e6eef9; margin-left: 3rem; }
ol.timeline li.reply { background: #e3f1e3; margin-left: 3rem; }
ol.timeline li.event { background: none; border-left: 3px solid #aab3bf; border-radius: 0; font-size: .9rem; }
.photos { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .4rem; }
.photos img { max-width: 160px; max-height: 160px; border-radius: 6px; border: 1px solid var(--line); }
.grid2 { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: 0; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ul.signs { margin: 0; padding-left: 1.1rem; }
table { width: 100%; border-collapse: collapse; background: var(--card); }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
.row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; }
.row > label { flex: 1 1 9rem; }
ul.codes { columns: 2; font-size: 1.1rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0; padding: .5rem .7rem .7rem; min-width: 0; }
legend { font-weight: 600; padding: 0 .3rem; }
fieldset.areas { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .3rem 1rem; }
fieldset.areas legend { grid-column: 1 / -1; }
.area { display: grid; grid-template-columns: minmax(0, 1fr) 5.5rem; gap: .5rem; align-items: center; }
[aria-invalid=true] { border-color: var(--akut); border-width: 2px; }
ul.errors { margin: 0; padding: .6rem .8rem .6rem 1.8rem; border-radius: 6px; background: #fbe7e5; border: 1px solid #e0a19b; overflow-wrap: anywhere; }
ul.treatments { list-style: none; margin: 0; padding: 0; }
li.treatment h3 { font-size: 1rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
li.treatment.just { border-color: #20507f; border-width: 2px; }
li.treatment .actions { margin-top: .7rem; }
li.treatment .actions label.check { display: inline; margin-right: .4rem; }
ul.checkins { margin: 0; padding-left: 1.1rem; }
img.qr { display: block; margin: .5rem auto; image-rendering: pixelated; }
@media (max-width: 760px) {
  .grid2 { grid-template-columns: 1fr; }
  ul.cases li a { grid-template-columns: auto 1fr; }
  ul.cases li a .sign, ul.cases li a .when { grid-column: 1 / -1; }
  ol.timeline li.patient { margin-right: 1rem; } ol.timeline li.bot, ol.timeline li.reply { margin-left: 1rem; }
}
@media print { header.top, form, .no-print { display: none !important; } body { background: #fff; } }
`;

export const CONSOLE_JS = `
"use strict";
// The inbox refreshes itself every 15 seconds, with the count of cases in the title. The poll
// says so (x-poll), so it keeps no one logged in; logged out, it goes to the login.
(function () {
  var body = document.body;
  var poll = body.getAttribute("data-poll");
  var title = body.getAttribute("data-title") || document.title;
  function setCount(n) { document.title = (n > 0 ? "(" + n + ") " : "") + title; }
  var list = document.getElementById("case-list");
  if (list && list.hasAttribute("data-count")) setCount(Number(list.getAttribute("data-count")));
  if (poll && list) {
    setInterval(function () {
      fetch(poll, { headers: { "x-poll": "1" }, credentials: "same-origin" }).then(function (res) {
        if (res.status === 401) return res.json().then(function (j) { location.href = j.login; });
        if (!res.ok) return;
        return res.text().then(function (html) {
          list.innerHTML = html;
          setCount(Number(res.headers.get("x-count") || 0));
        });
      }).catch(function () {});
    }, 15000);
  }
  // A canned reply fills the message box, where it can still be changed.
  var canned = document.getElementById("canned");
  var text = document.getElementById("reply-text");
  if (canned && text) canned.addEventListener("change", function () { if (canned.value) text.value = canned.value; });
  // Copy the journal note, and record the export as the download does.
  var copy = document.getElementById("copy-note");
  var note = document.getElementById("note-text");
  if (copy && note) copy.addEventListener("click", function () {
    var done = function () {
      var form = new URLSearchParams({ _csrf: copy.getAttribute("data-csrf") || "", how: "copy" });
      fetch(copy.getAttribute("data-action"), { method: "POST", body: form, credentials: "same-origin" }).then(function (res) {
        if (res.ok) { copy.textContent = copy.getAttribute("data-done") || "OK"; var s = document.getElementById("export-state"); if (s) s.textContent = copy.getAttribute("data-done"); }
      });
    };
    if (navigator.clipboard) navigator.clipboard.writeText(note.value).then(done, function () { note.select(); document.execCommand("copy"); done(); });
    else { note.select(); document.execCommand("copy"); done(); }
  });
})();
`;
