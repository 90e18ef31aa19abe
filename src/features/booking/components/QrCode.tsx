import { useMemo } from 'react'
import { Image } from '@tarojs/components'
import { encode } from 'uqr'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** base64 of an ASCII string (no btoa in the mini-program). */
export function base64Ascii(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i += 3) {
    const a = s.charCodeAt(i)
    const b = i + 1 < s.length ? s.charCodeAt(i + 1) : NaN
    const c = i + 2 < s.length ? s.charCodeAt(i + 2) : NaN
    const n = (a << 16) | ((isNaN(b) ? 0 : b) << 8) | (isNaN(c) ? 0 : c)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (isNaN(b) ? '=' : B64[(n >> 6) & 63]) + (isNaN(c) ? '=' : B64[n & 63])
  }
  return out
}

/** QR matrix → compact SVG (one path, a unit square per dark module). */
export function qrSvg(text: string, border = 2): string {
  const { data, size } = encode(text, { ecc: 'M', border })
  let d = ''
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (data[y][x]) d += `M${x} ${y}h1v1h-1z`
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
}

export const qrDataUri = (text: string) => `data:image/svg+xml;base64,${base64Ascii(qrSvg(text))}`

/**
 * A QR code as an SVG data-URI image: works on H5 and weapp alike (no canvas). Fixed box (no layout
 * shift while it decodes). `label` is its text alternative: on H5 a plain <img alt> (Taro's Image
 * renders an <img> without alt), on weapp the image's aria-label.
 */
export function QrCode({
  text,
  size = 200,
  className,
  label = '预约二维码',
}: {
  text: string
  size?: number
  className?: string
  label?: string
}) {
  const src = useMemo(() => qrDataUri(text), [text])
  const box = { width: `${size}px`, height: `${size}px` }
  if (process.env.TARO_ENV === 'h5') {
    return <img className={className} src={src} style={box} width={size} height={size} alt={label} data-testid="voucher-qr" />
  }
  return <Image className={className} src={src} style={box} mode="aspectFit" data-testid="voucher-qr" ariaLabel={label} />
}
