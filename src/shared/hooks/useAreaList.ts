import { useEffect, useState } from 'react'

/** Shape of `areaList` from @vant/area-data (GB/T 2260 codes → names). Pages pass it in, so the data stays in their subpackage. */
export interface AreaList {
  province_list: Record<string, string>
  city_list: Record<string, string>
  county_list: Record<string, string>
}
/** The area data, or a loader for it: a page may load the ~87 KB of names only when a region is shown or picked. */
export type AreaSource = AreaList | (() => Promise<AreaList>)

/** The area data once it is needed: at once if given, else loaded when `needed` is true (again after a failure). */
export function useAreaList(source: AreaSource | undefined, needed: boolean): { areaList?: AreaList; failed: boolean } {
  const given = typeof source === 'function' ? undefined : source
  const [loaded, setLoaded] = useState<AreaList>()
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (given || loaded || !needed || typeof source !== 'function') return
    let live = true
    source().then(
      (a) => {
        if (!live) return
        setLoaded(a)
        setFailed(false)
      },
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [source, given, loaded, needed])
  return { areaList: given || loaded, failed: !given && !loaded && (failed || !source) }
}
