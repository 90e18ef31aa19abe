import Taro from '@tarojs/taro'
import { useStationsStore } from '../store'

export const LOCATION_FALLBACK = '无法获取您的位置（未授权定位或当前环境不支持），已按默认顺序显示。可通过“地区”选择所在城市。'

/** Asks for the position once (wgs84 works on both targets); never throws. */
export async function locate(): Promise<{ lat: number; lng: number } | null> {
  try {
    // a browser may never answer when the permission prompt is ignored: give up after 10 s
    const res: any = await Promise.race([
      Taro.getLocation({ type: 'wgs84' }),
      new Promise((resolve) => setTimeout(() => resolve(null), 10_000)),
    ])
    // on H5 outside WeChat a failure may resolve with an errMsg instead of rejecting
    if (res && typeof res.latitude === 'number' && typeof res.longitude === 'number' && !(res.latitude === 0 && res.longitude === 0)) {
      return { lat: res.latitude, lng: res.longitude }
    }
    return null
  } catch {
    return null
  }
}

/** Toggles "nearest first": on → locate; off → default order. */
export function useDistanceSort() {
  const location = useStationsStore((s) => s.location)
  const setLocation = useStationsStore((s) => s.setLocation)
  const toggle = async () => {
    if (location.status === 'on' || location.status === 'failed') return setLocation({ status: 'off' })
    if (location.status === 'locating') return
    setLocation({ status: 'locating' })
    const pos = await locate()
    setLocation(pos ? { status: 'on', ...pos } : { status: 'failed', message: LOCATION_FALLBACK })
  }
  return { location, toggle }
}
