/**
 * Shared look of the sandbox's server-rendered pages (Create PIN, binding consent, purchase PIN).
 * Pages work without JavaScript: plain forms that POST and redirect.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:#f3f5f9;margin:0;color:#1d2433}
  .card{max-width:420px;margin:48px auto;background:#fff;border-radius:14px;box-shadow:0 4px 24px rgba(0,0,0,.08);padding:28px}
  .brand{color:#e1251b;font-weight:700;letter-spacing:.5px}
  .sandbox{display:inline-block;font-size:11px;background:#fff3cd;color:#7a5b00;border-radius:6px;padding:2px 8px;margin-left:8px}
  h1{font-size:20px;margin:14px 0 6px} p{color:#4b5568;line-height:1.45}
  label{display:block;font-size:13px;margin:14px 0 6px;color:#4b5568}
  input{width:100%;box-sizing:border-box;font-size:22px;letter-spacing:8px;padding:10px 12px;border:1px solid #ccd3df;border-radius:8px}
  button{margin-top:20px;width:100%;padding:12px;font-size:16px;border:0;border-radius:8px;background:#e1251b;color:#fff;cursor:pointer}
  button.secondary{background:#eef1f6;color:#1d2433}
  .error{background:#fdecea;color:#8a1c14;border-radius:8px;padding:10px 12px;margin-top:12px}
  .amount{font-size:28px;font-weight:700;margin:8px 0}
  dl{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;font-size:14px} dt{color:#6b7588}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · DOKU Wallet (sandbox)</title><style>${STYLE}</style></head>
<body><main class="card"><div><span class="brand">DOKU Wallet</span><span class="sandbox">SANDBOX</span></div>
<h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function errorPage(title: string, message: string): string {
  return page(title, `<p class="error" role="alert">${escapeHtml(message)}</p>`);
}

/** A 6-digit PIN input that works on phones (numeric keypad) and without JavaScript. */
export function pinInput(name: string, label: string): string {
  return `<label for="${name}">${escapeHtml(label)}</label>
<input id="${name}" name="${name}" type="password" inputmode="numeric" pattern="[0-9]{6}" minlength="6" maxlength="6" autocomplete="off" required>`;
}

/** 6281212340010 → 6281*****0010: enough for the customer to recognise the account. */
export function maskPhone(phoneNo: string): string {
  return phoneNo.length > 8 ? `${phoneNo.slice(0, 4)}${'*'.repeat(phoneNo.length - 8)}${phoneNo.slice(-4)}` : phoneNo;
}
