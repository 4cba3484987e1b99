/**
 * The report's style sheet, inline so that the page works offline and alone: the docs site's look (VitePress's
 * default theme colours and type), light or dark as the reader's system prefers. No web fonts, no images.
 */
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --bg-soft: #f6f6f7; --bg-mute: #ebebef; --divider: #e2e2e3;
  --text-1: #3c3c43; --text-2: #67676c; --text-3: #929295;
  --brand: #3451b2; --brand-soft: rgba(100, 108, 255, 0.14);
  --green: #18794e; --green-soft: rgba(16, 185, 129, 0.14);
  --yellow: #915930; --yellow-soft: rgba(234, 179, 8, 0.16);
  --red: #b8272c; --red-soft: rgba(244, 63, 94, 0.14);
  --sans: Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Monaco, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #1b1b1f; --bg-soft: #202127; --bg-mute: #2e2e32; --divider: #2e2e32;
    --text-1: #dfdfd6; --text-2: #98989f; --text-3: #6a6a71;
    --brand: #a8b1ff; --brand-soft: rgba(100, 108, 255, 0.16);
    --green: #3dd68c; --yellow: #f9b44e; --red: #f66f81;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text-1); font: 15px/1.6 var(--sans); -webkit-font-smoothing: antialiased; }
main { max-width: 1200px; margin: 0 auto; padding: 40px 32px 64px; }
h1 { font-size: 28px; line-height: 1.25; letter-spacing: -0.02em; margin: 4px 0 8px; }
h2 { font-size: 21px; letter-spacing: -0.01em; margin: 0; padding-top: 24px; border-top: 1px solid var(--divider); }
h2 a { color: inherit; text-decoration: none; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--text-2); margin: 14px 0 6px; }
a { color: var(--brand); }
code, pre { font-family: var(--mono); font-size: 13px; }
code { background: var(--bg-mute); border-radius: 4px; padding: 1px 5px; overflow-wrap: anywhere; }
.eyebrow { color: var(--brand); font-weight: 600; margin: 0; }
.meta { color: var(--text-2); margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 24px 0 8px; font-variant-numeric: tabular-nums; }
th, td { text-align: right; padding: 7px 12px; border-bottom: 1px solid var(--divider); }
th:first-child, td:first-child { text-align: left; }
th { font-size: 13px; color: var(--text-2); font-weight: 600; }
.event { margin-top: 32px; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 16px; padding: 0; list-style: none; }
.pill { border-radius: 999px; padding: 2px 10px; font-size: 13px; font-weight: 500; background: var(--bg-soft); border: 1px solid var(--divider); }
.valid { color: var(--green); } .drift { color: var(--yellow); } .invalid { color: var(--red); } .none { color: var(--text-3); }
.finding { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 20px; background: var(--bg-soft); border: 1px solid var(--divider); border-radius: 12px; padding: 18px 20px; margin: 14px 0; }
@media (max-width: 860px) { .finding { grid-template-columns: minmax(0, 1fr); } }
.badge { display: inline-block; font-size: 12px; font-weight: 600; border-radius: 6px; padding: 1px 8px; background: var(--yellow-soft); color: var(--yellow); }
.badge.manual { background: var(--red-soft); color: var(--red); }
.badge.description { background: var(--brand-soft); color: var(--brand); }
.text { margin: 8px 0 4px; font-weight: 500; }
.where { margin: 0; color: var(--text-2); font-size: 13px; }
.examples { margin: 0; padding-left: 20px; }
.examples li { margin: 0 0 8px; color: var(--text-2); font-size: 13px; }
.examples pre { margin: 4px 0 0; color: var(--text-1); }
pre { background: var(--bg); border: 1px solid var(--divider); border-radius: 8px; padding: 10px 12px; margin: 0; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
.diff { line-height: 1.5; padding: 8px 0; }
/* Long description lines wrap (their edit is at the end); the +/- marker hangs in the gutter. */
.diff span { display: block; white-space: pre-wrap; overflow-wrap: anywhere; padding: 0 12px 0 calc(12px + 2ch); text-indent: -2ch; }
.diff .add { background: var(--green-soft); color: var(--green); }
.diff .del { background: var(--red-soft); color: var(--red); }
.diff .hunk { color: var(--text-3); }
.file { font-family: var(--mono); font-size: 12px; color: var(--text-2); margin: 0 0 6px; overflow-wrap: anywhere; }
.note { color: var(--text-2); font-size: 13px; }
.fit { color: var(--green); font-weight: 500; }
footer { margin-top: 48px; color: var(--text-3); font-size: 13px; }
`;
