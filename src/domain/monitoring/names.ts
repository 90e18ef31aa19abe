// Trademark name similarity, as a watch service screens a gazette (a first filter; an examiner decides).
// A name is split into its Chinese part and its Latin/digit part ("闽江源 MINJIANGYUAN" → 闽江源 + minjiangyuan):
// each part is compared on its own, because a combined mark is judged by its distinctive elements.
// Two parts match, strongest first:
//   identical   – same characters after normalising width, case, spaces, punctuation and a trailing 及图;
//   homophone   – same toneless pinyin (闽江源 ~ 闽江圆), or a Latin part spelling the Chinese part's pinyin
//                 (MINJIANGYUAN ~ 闽江源);
//   one_char    – same length, exactly one character different (Chinese ≥ 3 characters, Latin ≥ 5 letters:
//                 shorter names differing in one character are usually different words);
//   contains    – one Chinese part contains the other, which has ≥ 2 characters and at least half the
//                 length of the longer one (闽江源 in 闽江源优选; 华鑫 is not matched inside 福州华鑫食品).
import { pinyinOf } from './pinyin'

export type MatchKind = 'identical' | 'homophone' | 'one_char' | 'contains'
export const MATCH_LABELS: Record<MatchKind, string> = {
  identical: '文字相同',
  homophone: '读音相同',
  one_char: '仅一字之差',
  contains: '包含对方商标文字',
}
const STRENGTH: Record<MatchKind, number> = { identical: 4, homophone: 3, one_char: 2, contains: 1 }
export const matchStrength = (k: MatchKind): number => STRENGTH[k]

export interface NamePart {
  text: string
  script: 'han' | 'latin'
  /** toneless pinyin for han, the text itself for latin */
  sound: string
}

const isHan = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)
const isLatin = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')

/** The comparable parts of a trademark name (parts shorter than 2 characters carry no weight and are dropped). */
export function nameParts(name: string): NamePart[] {
  let s = name.normalize('NFKC').toLowerCase().trim()
  s = s.replace(/[（(]?及图[)）]?$/, '').replace(/[（(]图形?[)）]$/, '')
  let han = ''
  let latin = ''
  for (const c of s) {
    const cp = c.codePointAt(0) as number
    if (isHan(cp)) han += c
    else if (isLatin(c)) latin += c
  }
  const parts: NamePart[] = []
  if (han.length >= 2) parts.push({ text: han, script: 'han', sound: pinyinOf(han) })
  if (latin.length >= 2) parts.push({ text: latin, script: 'latin', sound: latin })
  return parts
}

const len = (s: string) => [...s].length

function oneCharDifferent(a: string, b: string): boolean {
  const x = [...a]
  const y = [...b]
  if (x.length !== y.length) return false
  let diff = 0
  for (let i = 0; i < x.length && diff < 2; i++) if (x[i] !== y[i]) diff++
  return diff === 1
}

const minOneCharLength = (p: NamePart) => (p.script === 'han' ? 3 : 5)

/** The strongest match between two name parts, or null. */
export function matchParts(a: NamePart, b: NamePart): MatchKind | null {
  if (a.script === b.script && a.text === b.text) return 'identical'
  if (a.sound === b.sound && len(a.sound) >= 2) return 'homophone'
  if (a.script === b.script && len(a.text) >= minOneCharLength(a) && oneCharDifferent(a.text, b.text)) return 'one_char'
  if (a.script === 'han' && b.script === 'han') {
    const [short, long] = len(a.text) <= len(b.text) ? [a.text, b.text] : [b.text, a.text]
    if (short !== long && len(short) >= 2 && len(short) * 2 >= len(long) && long.includes(short)) return 'contains'
  }
  return null
}

export interface NameMatch {
  kind: MatchKind
  /** the parts that matched */
  ours: string
  theirs: string
}

/** The strongest match between two trademark names (given as parts), or null. */
export function matchNameParts(ours: readonly NamePart[], theirs: readonly NamePart[]): NameMatch | null {
  let best: NameMatch | null = null
  for (const a of ours)
    for (const b of theirs) {
      const kind = matchParts(a, b)
      if (kind && (!best || STRENGTH[kind] > STRENGTH[best.kind])) best = { kind, ours: a.text, theirs: b.text }
    }
  return best
}

export const matchNames = (ours: string, theirs: string): NameMatch | null => matchNameParts(nameParts(ours), nameParts(theirs))

// ---- index keys ----
// Every pair that matchParts accepts shares at least one key between `indexKeys(a)` and `probeKeys(b)`; the index
// only narrows the candidates, matchParts decides. (Proof per kind: identical → N:text; homophone → P:sound;
// one_char → the W key masking the differing position; contains → if b is inside a, a's S:substring = b's S:text;
// if a is inside b, b's substring N:sub = a's N:text — both halves need the "at least half as long" bound.)

function masks(chars: string[], tag: string, out: string[]) {
  for (let i = 0; i < chars.length; i++) out.push(`W${tag}:${i}:${chars.slice(0, i).join('')}?${chars.slice(i + 1).join('')}`)
}
function substrings(chars: string[], minLen: number, out: string[], prefix: string) {
  for (let l = Math.max(minLen, 2); l < chars.length; l++)
    for (let i = 0; i + l <= chars.length; i++) out.push(prefix + chars.slice(i, i + l).join(''))
}

/** Keys under which a watched (our) name part is stored. */
export function indexKeys(p: NamePart, opts: { oneChar?: boolean } = {}): string[] {
  const chars = [...p.text]
  const out = [`N${p.script[0]}:${p.text}`, `P:${p.sound}`]
  if (opts.oneChar !== false && chars.length >= minOneCharLength(p)) masks(chars, p.script[0], out)
  if (p.script === 'han') substrings(chars, Math.ceil(chars.length / 2), out, 'S:')
  return out
}

/** Keys to look up for a published (their) name part. */
export function probeKeys(p: NamePart, opts: { oneChar?: boolean } = {}): string[] {
  const chars = [...p.text]
  const out = [`N${p.script[0]}:${p.text}`, `P:${p.sound}`]
  if (opts.oneChar !== false && chars.length >= minOneCharLength(p)) masks(chars, p.script[0], out)
  if (p.script === 'han') {
    out.push(`S:${p.text}`)
    substrings(chars, Math.ceil(chars.length / 2), out, 'Nh:')
  }
  return out
}
