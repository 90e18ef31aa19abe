import { useRef } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { StationDirectory } from '@/features/stations'
import { PageShell, type AreaList } from '@/shared'

// @vant/area-data (~87 KB) is loaded HERE (pkg-station only), so it never lands in the main package, and on H5 as
// its own chunk when the region picker first opens: the directory's first render does not wait for it.
const loadArea: () => Promise<AreaList> =
  process.env.TARO_ENV === 'h5'
    ? () => import('@vant/area-data').then((m) => m.areaList)
    : // the mini-program loads no code on demand: there the data is bundled with the page
      () => Promise.resolve(require('@vant/area-data').areaList)

export default function StationDirectoryPage() {
  const refresh = useRef<() => Promise<void>>()
  usePullDownRefresh(async () => {
    try {
      await refresh.current?.()
    } finally {
      Taro.stopPullDownRefresh()
    }
  })
  return (
    <PageShell requireAuth={false}>
      <StationDirectory area={loadArea} refreshRef={refresh} />
    </PageShell>
  )
}
