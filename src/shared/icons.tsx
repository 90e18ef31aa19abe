import type { CSSProperties, ReactNode } from 'react'
import { configure } from '@nutui/icons-react-taro/dist/es/icons/configure.js'

// NutUI's icons paint on H5 through a CSS mask whose image is the icon's SVG as a data URL. Chrome builds a
// separate SVG document (a whole page object, ~1 ms each) for every such image, on the page's first
// render. Drawing the same SVG inline costs a few DOM nodes instead. The mini-program keeps the mask.

const markupCache = new Map<string, string>()

/** The icon's SVG markup from NutUI's mask style, painted in the icon's colour (currentColor) */
function svgMarkup(mask: string): string | undefined {
  const base64 = /base64,([^'")]+)/.exec(mask)?.[1]
  if (!base64) return undefined
  let markup = markupCache.get(base64)
  if (markup === undefined) {
    markup = atob(base64)
      .replace(/\sfill="[^"]*"/g, '')
      .replace('<svg ', '<svg fill="currentColor" aria-hidden="true" focusable="false" ')
    markupCache.set(base64, markup)
  }
  return markup
}

interface IconTagProps {
  className?: string
  style?: CSSProperties & { mask?: string; WebkitMask?: string }
  onClick?: (e: unknown) => void
  color?: string
  children?: ReactNode
}

/** The element NutUI renders for an icon (its `tag` setting): an <i> holding the icon's SVG */
export function InlineSvgIcon({ className, style, onClick, children }: IconTagProps) {
  const { mask, WebkitMask, backgroundColor, ...rest } = style || {}
  const markup = svgMarkup(String(mask || WebkitMask || ''))
  // NutUI gives the colour as the mask's background; the inline SVG takes it as text colour
  const colour = backgroundColor && backgroundColor !== 'currentColor' ? String(backgroundColor) : undefined
  if (!markup)
    return (
      <i className={className} style={style} onClick={onClick}>
        {children}
      </i>
    )
  return (
    <i
      className={className}
      style={colour ? { ...rest, color: colour } : rest}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  )
}

/** H5: NutUI's icons draw inline SVG (called once at start-up, before the first page renders) */
export function installInlineSvgIcons() {
  configure({ tag: InlineSvgIcon })
}
