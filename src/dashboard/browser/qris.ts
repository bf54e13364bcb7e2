import { api, authHeaders, unavailable } from './api.js';
import { el, empty, firstArray, setBody, table, time, type Column } from './dom.js';

/** The QRIS panel: every QR that QR MPM Generate issued, with its image to scan. */

interface QrRow {
  referenceNo: string;
  imageUrl: string;
  status: string;
  statusDesc: string;
  validUntil: string | null;
}

// QR images are fetched with the admin token and kept as data: URLs (the page allows no other
// image source), so auto-refresh redraws them without fetching again.
const qrImages: Record<string, string> = {};

function qrImage(ref: string, url: string): HTMLElement {
  const img = el('img', { className: 'qr', alt: `QR ${ref}`, width: '148', height: '148', 'data-qr': ref }) as HTMLImageElement;
  const kept = qrImages[ref];
  if (kept) {
    img.src = kept;
    return img;
  }
  void fetch(url, { headers: authHeaders() })
    .then((res) => (res.ok ? res.blob() : null))
    .then((blob) => {
      if (!blob) return;
      const reader = new FileReader();
      reader.onload = () => {
        qrImages[ref] = reader.result as string;
        img.src = reader.result as string;
      };
      reader.readAsDataURL(blob);
    });
  return img;
}

const COLUMNS: Column<QrRow>[] = [
  { key: 'referenceNo', label: 'Reference', className: 'mono' },
  { key: 'partnerReferenceNo', label: 'Partner ref', className: 'mono' },
  { key: 'type', label: 'Type' },
  { key: 'amount', label: 'Amount', className: 'num' },
  { key: 'feeAmount', label: 'Fee', className: 'num' },
  { key: 'status', label: 'Status', className: '', value: (r) => `${r.status} ${r.statusDesc}` },
  { key: 'payments', label: 'Payments', className: 'num' },
  { key: 'terminalId', label: 'Terminal', className: 'mono' },
  { key: 'validUntil', label: 'Valid until', className: 'mono', value: (r) => time(r.validUntil) },
  { key: 'qrContent', label: 'Payload (qrContent)', className: 'mono wrap' },
];

export async function loadQris(): Promise<void> {
  const res = await api('GET', '/admin/qris?limit=20');
  const rows = res.ok ? (firstArray(res.body, 'qrCodes') as QrRow[] | null) : null;
  if (!rows) return setBody('qris', unavailable('/admin/qris', res), null);
  if (!rows.length) return setBody('qris', empty('No QR generated yet (QR MPM Generate).'), 0);
  const node = table(rows, COLUMNS, (r, tr) => {
    tr.setAttribute('data-qr-row', r.referenceNo);
    tr.insertBefore(el('td', {}, [qrImage(r.referenceNo, r.imageUrl)]), tr.firstChild);
  });
  const head = node.querySelector('thead tr')!;
  head.insertBefore(el('th', { text: 'QR' }), head.firstChild);
  setBody('qris', node, rows.length);
}
