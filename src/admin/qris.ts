import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import type { QrCode } from '../ledger/model.js';
import { TRANSACTION_STATUS_DESC } from '../ledger/transaction-status.js';
import { idr } from '../lib/money.js';
import { qrPng } from '../lib/qr-image.js';

/** The status a QR has now: a payable one past its validity reads 06 even before a SNAP call writes it. */
function statusNow(qr: QrCode, now: number): QrCode['status'] {
  return qr.status === '03' && qr.validUntil !== undefined && now >= qr.validUntil ? '06' : qr.status;
}

function view(qr: QrCode, now: number): Record<string, unknown> {
  const status = statusNow(qr, now);
  return {
    referenceNo: qr.id,
    partnerReferenceNo: qr.partnerReferenceNo,
    clientId: qr.clientId,
    merchantId: qr.merchantId,
    terminalId: qr.terminalId,
    type: qr.dynamic ? 'DYNAMIC' : 'STATIC',
    amount: qr.amountMinor === undefined ? null : idr(qr.amountMinor),
    feeType: qr.feeType,
    feeAmount: idr(qr.feeMinor),
    status,
    statusDesc: status === '06' ? 'Expired' : TRANSACTION_STATUS_DESC[status],
    validUntil: qr.validUntil === undefined ? null : new Date(qr.validUntil).toISOString(),
    payments: qr.payments,
    lastPaymentReferenceNo: qr.lastPaymentId ?? null,
    qrContent: qr.content,
    imageUrl: `/admin/qris/${encodeURIComponent(qr.id)}/image.png`,
    createdAt: new Date(qr.createdAt).toISOString(),
  };
}

/** /admin/qris: every QR that QR MPM Generate issued, and its PNG for a phone to scan. */
export function qrisRouter(ctx: SandboxContext): Router {
  const router = Router();
  const find = (referenceNo: string) => {
    const qr = ctx.store.qrCodes.get(referenceNo);
    if (!qr) throw new SnapError('NotFound', `No QR with referenceNo ${referenceNo}`);
    return qr;
  };
  router.get('/qris', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const now = ctx.clock.now();
    const rows = [...ctx.store.qrCodes.values()]
      .reverse()
      .filter((qr) => (!q.clientId || qr.clientId === q.clientId) && (!q.status || statusNow(qr, now) === q.status))
      .sort((a, b) => b.createdAt - a.createdAt);
    res.json({ qrCodes: rows.slice(0, q.limit ? Number(q.limit) : 100).map((qr) => view(qr, now)) });
  });
  router.get('/qris/:referenceNo', (req, res) => {
    res.json(view(find(req.params.referenceNo), ctx.clock.now()));
  });
  router.get('/qris/:referenceNo/image.png', async (req, res) => {
    const qr = find(req.params.referenceNo);
    const scale = req.query.scale === undefined ? 8 : Number(req.query.scale);
    res.set('Cache-Control', 'no-store').type('image/png').send(await qrPng(qr.content, scale));
  });
  return router;
}
