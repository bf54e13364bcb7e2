/**
 * The dashboard's HTML shell. Everything on it is filled in by /dashboard/app.js from the admin
 * API, so what QA sees is exactly what their scripts can read. No external fonts, scripts or styles.
 */
const STYLE = `
  :root{--ink:#1d2433;--muted:#6b7588;--line:#e3e7ee;--bg:#f3f5f9;--red:#e1251b;--ok:#1f7a3a;--warn:#8a5a00;--bad:#a3201a}
  *{box-sizing:border-box} body{margin:0;font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:var(--bg);color:var(--ink)}
  header{display:flex;flex-wrap:wrap;align-items:center;gap:12px;padding:10px 20px;background:var(--ink);color:#fff}
  header h1{font-size:16px;margin:0 12px 0 0} header h1 span{color:#ff8a80}
  header a{color:#9fd3ff} header .grow{flex:1}
  header input[type=password]{width:220px;padding:5px 8px;border-radius:6px;border:0}
  header label{font-size:12px;color:#cfd6e4}
  button{font:inherit;padding:5px 12px;border-radius:6px;border:1px solid var(--line);background:#fff;color:var(--ink);cursor:pointer}
  button.primary{background:var(--red);color:#fff;border-color:var(--red)} button.link{border:0;background:none;color:#2559c7;padding:0}
  main{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px;padding:16px 20px}
  section{background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.06);padding:14px 16px;min-width:0}
  section.wide{grid-column:1/-1}
  section h2{font-size:15px;margin:0 0 10px;display:flex;gap:10px;align-items:center}
  section h2 small{font-weight:400;color:var(--muted)}
  .scroll{max-height:360px;overflow:auto} #journal .scroll{max-height:640px}
  table{border-collapse:collapse;width:100%;font-size:13px} th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
  th{color:var(--muted);font-weight:600;position:sticky;top:0;background:#fff} td.num{text-align:right;font-variant-numeric:tabular-nums}
  code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
  pre{white-space:pre-wrap;word-break:break-all;background:#f7f8fb;border-radius:6px;padding:8px;margin:4px 0}
  .empty{color:var(--muted);font-style:italic}
  .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#eef1f6}
  .badge.ok{background:#e3f4e8;color:var(--ok)} .badge.warn{background:#fff3cd;color:var(--warn)} .badge.bad{background:#fdecea;color:var(--bad)}
  .banner{margin:12px 20px 0;padding:10px 14px;border-radius:8px;background:#fdecea;color:var(--bad)} .banner[hidden]{display:none}
  textarea{width:100%;min-height:140px;line-height:1.4;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;border:1px solid var(--line);border-radius:6px;padding:8px}
  .row{display:flex;gap:8px;align-items:center;margin:8px 0;flex-wrap:wrap}
  .msg{font-size:13px} .msg.bad{color:var(--bad)} .msg.ok{color:var(--ok)}
  tr.entry{cursor:pointer} tr.entry:hover{background:#f7f8fb} tr.detail td{background:#fbfcfe}
  td.wrap{word-break:break-all;min-width:220px;max-width:380px} img.qr{display:block;image-rendering:pixelated;background:#fff}
  dl.diag{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0} dl.diag dt{color:var(--muted)} dl.diag dd{margin:0;word-break:break-all}
`;

const panel = (id: string, title: string, extra = '', wide = false) =>
  `<section id="${id}"${wide ? ' class="wide"' : ''}><h2>${title} <small data-count></small>${extra}</h2><div class="scroll" data-body><p class="empty">Loading…</p></div></section>`;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page, with `exampleScenario` (YAML text) as the example shown in the "Load a scenario" box. */
export const dashboardHtml = (exampleScenario: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>doku-snap-sandbox · dashboard</title><style>${STYLE}</style></head>
<body>
<header>
  <h1>doku-snap-sandbox <span>dashboard</span></h1>
  <span class="mono" id="clock" title="Sandbox clock (GET /admin/clock)"></span>
  <span class="grow"></span>
  <label for="admin-token">Admin token</label>
  <input id="admin-token" type="password" autocomplete="off" placeholder="only when ADMIN_TOKEN is set">
  <button id="save-token">Use token</button>
  <label><input id="auto-refresh" type="checkbox" checked> auto-refresh</label>
  <button id="refresh">Refresh</button>
  <button id="reset" title="POST /admin/reset: back to fixtures (state, scenarios, clock)">Reset sandbox</button>
  <a href="/docs/">API docs</a>
</header>
<div class="banner" id="banner" role="alert" hidden></div>
<main>
  ${panel('scenarios', 'Active scenarios', '', true)}
  <section id="scenario-form" class="wide"><h2>Load a scenario <small>JSON or YAML, or a bundled scenario's name</small></h2>
    <textarea id="scenario-text" spellcheck="false" rows="${exampleScenario.split('\n').length + 1}" placeholder="${escapeAttribute(exampleScenario)}"></textarea>
    <div class="row"><button class="primary" id="scenario-load">Load scenario</button>
    <button id="scenario-example" title="Copies the example shown in the empty box into it">Fill in the example</button>
    <button id="scenario-clear-all">Clear all scenarios</button><span class="msg" id="scenario-msg" role="status"></span></div>
  </section>
  ${panel('request-rates', 'Request rates', ' <small>from /metrics · per operation · requests per second since the previous refresh</small>', true)}
  ${panel('journal', 'Request journal', ' <small>newest first · click a row for headers, bodies and signature diagnostics</small>', true)}
  ${panel('partners', 'Partners')}
  ${panel('accounts', 'Accounts')}
  ${panel('transactions', 'Recent transactions')}
  ${panel('qris', 'QRIS codes', ' <small>newest 20 · scan with a phone · PNG at /admin/qris/{referenceNo}/image.png</small>', true)}
  ${panel('otps', 'Pending OTPs')}
  ${panel('virtual-accounts', 'Virtual accounts')}
  ${panel('debit-bindings', 'Direct-debit bindings')}
  ${panel('notifications', 'Notification deliveries', '', true)}
</main>
<script type="module" src="/dashboard/app.js"></script>
</body></html>`;
