import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import { SnapError } from '../errors/snap-error.js';
import type { Notification } from '../ledger/model.js';
import { enqueueRedelivery } from '../notify/outbox.js';

function view(n: Notification): Record<string, unknown> {
  return {
    id: n.id,
    clientId: n.clientId,
    transactionId: n.transactionId,
    url: n.url,
    status: n.status,
    createdAt: new Date(n.createdAt).toISOString(),
    nextAttemptAt: n.nextAttemptAt === undefined ? null : new Date(n.nextAttemptAt).toISOString(),
    body: n.body,
    headers: n.headers,
    attempts: n.attempts.map((a) => ({ ...a, at: new Date(a.at).toISOString() })),
    redeliveryOf: n.redeliveryOf ?? null,
  };
}

/**
 * GET /admin/notifications: the notification outbox and its delivery log (src/notify/).
 * POST /admin/notifications/{id}/redeliver: the same notification once more, as a new message.
 */
export function notificationsRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.get('/notifications', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const rows = [...ctx.store.notifications.values()]
      .reverse() // newest first also among rows created in the same millisecond
      .filter((n) => (!q.clientId || n.clientId === q.clientId) && (!q.transactionId || n.transactionId === q.transactionId) && (!q.status || n.status === q.status))
      .sort((a, b) => b.createdAt - a.createdAt);
    res.json({ notifications: rows.slice(0, q.limit ? Number(q.limit) : 100).map(view) });
  });

  router.post('/notifications/:id/redeliver', async (req, res) => {
    const id = req.params.id as string;
    const original = ctx.store.notifications.get(id);
    if (!original) throw new SnapError('NotFound', `No notification ${id}`).withDiagnostics({ hint: 'GET /admin/notifications lists them with their id' });
    const url = original.url || ctx.store.partners.get(original.clientId)?.notificationUrl;
    if (!url) {
      throw new SnapError('BadRequest', `Notification ${id} has nowhere to go: neither it nor partner ${original.clientId} has a notificationUrl`).withDiagnostics({
        hint: 'set one with POST /admin/partners, then redeliver',
      });
    }
    const copy = await ctx.store.transact(() => enqueueRedelivery(ctx.store, original, url, ctx.clock.now()));
    ctx.notifier?.kick();
    res.status(202).json(view(copy));
  });
  return router;
}
