// One theme: every colour and font size in a stylesheet comes from the tokens in src/app.scss (NutUI's CSS
// variables plus our own --app-* scale), text greys meet WCAG AA (4.5:1), and the literals TypeScript has to
// pass (showModal's confirmColor) are the same values as the tokens.
import fs from 'node:fs'
import path from 'node:path'
import { THEME_COLORS } from '../../../src/shared/theme'

const ROOT = path.join(__dirname, '../../..')
const SRC = path.join(ROOT, 'src')
const THEME_FILE = path.join(SRC, 'app.scss')

/** Stylesheets allowed a raw value, with the reason. Keep it short. */
const ALLOWED: { file: string; text: string; why: string }[] = []

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? walk(p) : e.name.endsWith('.scss') ? [p] : []
  })
/** comments blanked out (keeping line numbers), so a comment may mention #86909c */
const strip = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '')
const code = (file: string) => strip(fs.readFileSync(file, 'utf8'))
const rel = (f: string) => path.relative(ROOT, f)

interface Offence {
  at: string
  text: string
}
/** raw colours (hex, rgb/hsl functions) and font sizes not taken from a token */
function offences(file: string, source = fs.readFileSync(file, 'utf8')): Offence[] {
  const out: Offence[] = []
  strip(source)
    .split('\n')
    .forEach((line, i) => {
      const at = `${rel(file)}:${i + 1}`
      for (const m of line.matchAll(/#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(/g)) out.push({ at, text: m[0] })
      const fs = /(?:^|[\s;{])font-size\s*:\s*([^;]+)/.exec(line)
      if (fs && !/^var\(--(?:app-font-|nutui-)[\w-]+\)$/.test(fs[1].trim()) && !/^(inherit|1em|100%)$/.test(fs[1].trim()))
        out.push({ at, text: `font-size: ${fs[1].trim()}` })
      const font = /(?:^|[\s;{])font\s*:\s*([^;]+)/.exec(line)
      if (font && /\d+px/i.test(font[1])) out.push({ at, text: `font: ${font[1].trim()}` })
    })
  return out.filter((o) => !ALLOWED.some((a) => o.at.startsWith(a.file) && o.text.includes(a.text)))
}

/** --name: value pairs declared in the theme file (every block) */
function tokens(): Map<string, string> {
  const m = new Map<string, string>()
  for (const [, k, v] of code(THEME_FILE).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) if (!m.has(k)) m.set(k, v.trim())
  return m
}

const stylesheets = walk(SRC).filter((f) => f !== THEME_FILE)

describe('one theme', () => {
  test('the check itself finds raw colours and px font sizes', () => {
    const f = path.join(SRC, 'x.scss')
    const found = offences(
      f,
      '.a {\n  color: #fff;\n  font-size: 28px;\n  box-shadow: 0 0 2px rgba(0, 0, 0, 0.1);\n  font: 600 24px sans;\n}',
    )
    expect(found.map((o) => o.text)).toEqual(['#fff', 'font-size: 28px', 'rgba(', 'font: 600 24px sans'])
    expect(offences(f, '.a { font-size: var(--app-font-md); color: var(--app-title); } // #86909c was too light')).toEqual([])
    expect(offences(f, '.a { font-size: calc(28px * var(--app-fs, 1)); }')).toHaveLength(1)
  })

  test('no stylesheet outside src/app.scss has a raw colour or font size', () => {
    expect(stylesheets.length).toBeGreaterThan(10)
    expect(stylesheets.flatMap((f) => offences(f)).map((o) => `${o.at} ${o.text}`)).toEqual([])
  })

  test('every --app-* token a stylesheet or component uses is declared in src/app.scss', () => {
    const declared = tokens()
    const used = new Set<string>()
    const sources = [...stylesheets, ...walkTsx(SRC)]
    for (const f of sources) for (const [, k] of code(f).matchAll(/var\((--app-[\w-]+)/g)) used.add(k)
    // --app-fs is set per page root by useDisplayRoot, not in the theme
    expect([...used].filter((k) => k !== '--app-fs' && !declared.has(k)).sort()).toEqual([])
  })

  test('text greys meet 4.5:1 on the card, the page grey and the panel; tone colours on their soft backgrounds', () => {
    const t = tokens()
    const text = [
      '--app-title',
      '--app-text',
      '--app-muted',
      '--nutui-color-text',
      '--nutui-color-text-help',
      '--app-primary',
      '--app-danger',
      '--app-warning',
      '--app-success',
    ]
    const low = text.flatMap((fg) =>
      ['--app-card', '--app-bg', '--app-panel'].map((bg) => ({ fg, bg, ratio: contrast(t.get(fg)!, t.get(bg)!) })),
    )
    expect(low.filter((r) => r.ratio < 4.5)).toEqual([])
    const tones = ['primary', 'success', 'warning', 'danger', 'neutral']
    expect(
      tones.map((k) => ({ k, ratio: contrast(t.get(`--app-${k}`)!, t.get(`--app-${k}-soft`)!) })).filter((r) => r.ratio < 4.5),
    ).toEqual([])
    // text on a filled primary / danger button or badge
    expect(contrast(t.get('--app-on-fill')!, t.get('--app-primary')!)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(t.get('--app-on-fill')!, t.get('--app-danger')!)).toBeGreaterThanOrEqual(4.5)
  })

  test('the literals TypeScript passes are the tokens’ values', () => {
    const t = tokens()
    expect(THEME_COLORS.primary).toBe(t.get('--app-primary'))
    expect(THEME_COLORS.danger).toBe(t.get('--app-danger'))
    expect(THEME_COLORS.card).toBe(t.get('--app-card'))
  })
})

function walkTsx(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? walkTsx(p) : /\.tsx?$/.test(e.name) ? [p] : []
  })
}

/** WCAG 2 contrast ratio of two #rrggbb / #rgb colours */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const h = hex.replace('#', '')
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h
    const [r, g, bl] = [0, 2, 4]
      .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
  return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100
}
