import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from './storage'

/** Text scale of care mode (关怀模式) when the phone itself asks for less. */
export const CARE_SCALE = 1.25
/** Largest scale we lay out for; every main screen is checked at 1.4× in the end-to-end tests. */
const MAX_SCALE = 2

const clamp = (n: number) => (Number.isFinite(n) && n > 0 ? Math.min(MAX_SCALE, Math.max(1, n)) : 1)

/**
 * The phone's own text size as a factor of the standard size.
 * weapp: getAppBaseInfo().fontSizeSetting is the WeChat font size in px; 16 is the standard (标准).
 * H5: the browser's default font size (its text-size setting) over the standard 16 px, read from a
 * probe at `font-size: medium` (the root font size is set by Taro from the screen width, so rem is
 * no guide).
 */
export function systemTextScale(): number {
  try {
    if (process.env.TARO_ENV === 'h5') {
      if (typeof document === 'undefined' || !document.body) return 1
      const probe = document.createElement('div')
      probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium'
      document.body.appendChild(probe)
      const px = parseFloat(getComputedStyle(probe).fontSize)
      probe.remove()
      return clamp(px / 16)
    }
    const info = Taro.getAppBaseInfo?.() as { fontSizeSetting?: number } | undefined
    return clamp((info?.fontSizeSetting ?? 16) / 16)
  } catch {
    return 1
  }
}

interface DisplayState {
  /** 关怀模式: larger text and higher contrast, switched on the home page */
  care: boolean
  setCare: (care: boolean) => void
}

export const useDisplay = create<DisplayState>()(
  persist((set) => ({ care: false, setCare: (care) => set({ care }) }), { name: 'qqbc.display', storage: taroStorage, version: 1 }),
)

let systemScale: number | null = null
/**
 * Class and style for a page root: the text scale (--app-fs) and care mode's contrast. `app-display`
 * re-declares the font tokens there (src/app.scss) so they pick up this root's --app-fs.
 */
export function useDisplayRoot(): { className: string; style: Record<string, string>; scale: number } {
  const care = useDisplay((s) => s.care)
  if (systemScale === null) systemScale = systemTextScale()
  const scale = Math.max(systemScale, care ? CARE_SCALE : 1)
  const rounded = Math.round(scale * 100) / 100
  return { className: care ? 'app-display app-care' : 'app-display', style: { '--app-fs': String(rounded) }, scale: rounded }
}
