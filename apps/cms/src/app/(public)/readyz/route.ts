// Ready: the database answers within two seconds (for a load balancer or an orchestrator); 503 when it does not.
import config from '@payload-config'
import { getPayload } from 'payload'

import { query } from '../../../db'

export async function GET() {
  const headers = { 'cache-control': 'no-store' }
  try {
    const payload = await getPayload({ config })
    await Promise.race([query(payload, 'SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())])
    return Response.json({ status: 'ok', database: 'ok' }, { headers })
  } catch {
    return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers })
  }
}
