// One choice row for the whole app, in two looks: Segmented (equal segments filling the row: a screen's
// few views) and Chips (pills that wrap or scroll: filters and form choices), each pill a NutUI Tag.
// Roles follow what the row does: a filter of the list below is a tablist of tabs (aria-selected), a form
// choice a radiogroup of radios or a group of checkboxes (aria-checked). Every item is at least the
// 44 CSS px tap target (--app-tap) tall; the Tag inside is only the look. Only subpackage screens import
// this file (not the @/shared barrel), so the main package does not carry NutUI Tag.
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import './choice.scss'

export interface ChoiceOption<T> {
  value: T
  label: string
  /** a figure after the label (how many items the filter shows) in a fixed-width box; null keeps the box
   * empty while the figure loads, so the row does not re-wrap when it arrives */
  count?: number | null
  /** a second line under the label: a segment's progress (3/10), a stacked row's detail */
  sub?: string
  /** the second line is something to fix (danger tone) */
  subAlert?: boolean
  /** shown at a stacked row's end, e.g. a status tag */
  aside?: ReactNode
  /** this option cannot be chosen now (announced as disabled, a tap does nothing); `sub` can say why */
  disabled?: boolean
  testId?: string
}

type Kind = 'tabs' | 'radio' | 'checkbox'

const itemRole = { tabs: 'tab', radio: 'radio', checkbox: 'checkbox' } as const
const rowRole = { tabs: 'tablist', radio: 'radiogroup', checkbox: 'group' } as const

interface Common<T> {
  options: ChoiceOption<T>[]
  /** what the row chooses, read out by screen readers (e.g. 按状态筛选) */
  label?: string
  testId?: string
  className?: string
  /** read-only: items are announced as disabled and taps do nothing */
  disabled?: boolean
}

const key = (v: unknown) => (v === undefined ? 'all' : String(v))

function Items<T>({
  options,
  on,
  kind,
  onPick,
  look,
  disabled,
}: {
  options: ChoiceOption<T>[]
  on: (v: T) => boolean
  kind: Kind
  onPick: (v: T) => void
  look: 'seg' | 'chip' | 'row'
  disabled?: boolean
}) {
  return (
    <>
      {options.map((o) => {
        const active = on(o.value)
        const off = disabled || o.disabled
        const state = kind === 'tabs' ? { 'aria-selected': active } : { 'aria-checked': active }
        const count = o.count === undefined ? null : <Text className="ui-choice__count">{o.count ?? '\u00a0'}</Text>
        const sub = o.sub ? <Text className={`ui-choice__sub ${o.subAlert ? 'ui-choice__sub--alert' : ''}`}>{o.sub}</Text> : null
        return (
          <View
            key={key(o.value)}
            role={itemRole[kind]}
            {...state}
            aria-disabled={off || undefined}
            className={`ui-choice__item ui-choice__item--${look} ${active ? 'ui-choice__item--on' : ''} ${off ? 'ui-choice__item--off' : ''}`}
            data-value={key(o.value)}
            data-testid={o.testId}
            onClick={() => !off && onPick(o.value)}
          >
            {look === 'seg' ? (
              <>
                <View className="ui-choice__line">
                  <Text>{o.label}</Text>
                  {count}
                </View>
                {sub}
              </>
            ) : (
              <Tag
                className={`ui-choice__tag ${look === 'row' ? 'ui-choice__tag--row' : ''}`}
                type={active ? 'primary' : 'default'}
                plain={!active}
                round={look === 'chip'}
              >
                {look === 'row' && <View className={`ui-choice__mark ui-choice__mark--${kind} ${active ? 'ui-choice__mark--on' : ''}`} />}
                {look === 'row' ? (
                  <View className="ui-choice__main">
                    <Text className="ui-choice__label">{o.label}</Text>
                    {sub}
                  </View>
                ) : (
                  <Text className="ui-choice__text">{o.label}</Text>
                )}
                {count}
                {look === 'row' && o.aside}
              </Tag>
            )}
          </View>
        )
      })}
    </>
  )
}

/** Equal segments filling the row; a tablist of tabs (the views of one screen). */
export function Segmented<T>(props: Common<T> & { value: T; onChange: (v: T) => void }) {
  return (
    <View
      className={`ui-choice ui-choice--seg ${props.className ?? ''}`}
      role="tablist"
      aria-label={props.label}
      data-testid={props.testId}
    >
      <Items
        options={props.options}
        kind="tabs"
        look="seg"
        disabled={props.disabled}
        on={(v) => v === props.value}
        onPick={props.onChange}
      />
    </View>
  )
}

/**
 * Pills over NutUI Tag. kind 'tabs' (default): a filter, one chosen; 'radio': a form choice, one chosen;
 * 'checkbox': a form choice, several chosen (`value` is then the chosen list and onChange gets the item tapped).
 * `scroll` keeps one line that scrolls sideways instead of wrapping; `stack` gives one full-width row per
 * option with a radio / check mark (long labels, a detail line under each); `grid` with `stack` puts those
 * rows in two columns where two fit (one at large text).
 */
export function Chips<T>(
  props: Common<T> & { scroll?: boolean; stack?: boolean; grid?: boolean } & (
      | { kind?: 'tabs' | 'radio'; value: T | undefined; onChange: (v: T) => void }
      | { kind: 'checkbox'; value: readonly T[]; onChange: (v: T) => void }
    ),
) {
  const kind = props.kind ?? 'tabs'
  const on = (v: T) => (props.kind === 'checkbox' ? props.value.includes(v) : v === props.value)
  return (
    <View
      className={`ui-choice ${props.stack ? 'ui-choice--stack' : 'ui-choice--chips'} ${props.stack && props.grid ? 'ui-choice--grid' : ''} ${props.scroll ? 'ui-choice--scroll' : ''} ${props.className ?? ''}`}
      role={rowRole[kind]}
      aria-label={props.label}
      data-testid={props.testId}
    >
      <Items
        options={props.options}
        kind={kind}
        look={props.stack ? 'row' : 'chip'}
        disabled={props.disabled}
        on={on}
        onPick={props.onChange}
      />
    </View>
  )
}
