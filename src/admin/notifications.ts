import { Router } from 'express';
import type { SandboxContext } from '../context.js';
import type { Notification } from '../ledger/model.js';

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
  };
}

/** GET /admin/notifications: the notification outbox and its delivery log (src/notify/). */
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
  return router;
}
