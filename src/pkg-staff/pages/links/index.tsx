import { listLinks } from '@/api'
import type { Link } from '@/domain/contract'
import { LinkRequests, linkItems } from '@/features/stations/links'
import { PageShell, useQuery } from '@/shared'

export default function StaffLinksPage() {
  const query = useQuery(async () => {
    const res = await listLinks()
    return res.ok ? { ...res, data: linkItems(res.data as any) } : res
  }, [])
  return (
    <PageShell query={query}>
      {(links: Link[]) => <LinkRequests links={links} onChange={(l) => query.setData(links.map((x) => (x.id === l.id ? { ...x, ...l } : x)))} />}
    </PageShell>
  )
}
