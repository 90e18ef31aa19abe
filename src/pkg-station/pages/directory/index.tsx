// @vant/area-data is imported HERE (pkg-station only) so it never lands in the main package.
import { areaList } from '@vant/area-data'
import { StationDirectory } from '@/features/stations'
import { PageShell } from '@/shared'

export default function StationDirectoryPage() {
  return (
    <PageShell requireAuth={false}>
      <StationDirectory area={areaList} />
    </PageShell>
  )
}
