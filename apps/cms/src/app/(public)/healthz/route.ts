// Alive: the process answers (for a restart policy). /readyz says whether it can serve: the database answers.
export const GET = () => Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
