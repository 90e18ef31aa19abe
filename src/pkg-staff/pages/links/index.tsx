import { listLinks } from '@/api'
import type { Link } from '@/domain/contract'
import { LinkRequests } from '@/features/stations/links'
import { PageShell, useQuery } from '@/shared'

export default function StaffLinksPage() {
  const query = useQuery(() => listLinks(), [])
  return (
    <PageShell query={query}>
      {(links: Link[]) => (
        <LinkRequests links={links} onChange={(l) => query.setData(links.map((x) => (x.id === l.id ? { ...x, ...l } : x)))} />
      )}
    </PageShell>
  )
}
