// One choice row for the whole app, in two looks: Segmented (equal segments filling the row: a screen's
// few views) and Chips (pills that wrap or scroll: filters and form choices), each pill a NutUI Tag.
// Roles follow what the row does: a filter of the list below is a tablist of tabs (aria-selected), a form
// choice a radiogroup of radios or a group of checkboxes (aria-checked). Every item is at least the
// 44 CSS px tap target (--app-tap) tall; the Tag inside is only the look. Only subpackage screens import
// this file (not the @/shared barrel), so the main package does not carry NutUI Tag.
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import './choice.scss'

export interface ChoiceOption<T> {
  value: T
  label: string
  /** a figure after the label (how many items the filter shows) in a fixed-width box; null keeps the box
   * empty while the figure loads, so the row does not re-wrap when it arrives */
  count?: number | null
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
}

const key = (v: unknown) => (v === undefined ? 'all' : String(v))

function Items<T>({
  options,
  on,
  kind,
  onPick,
  look,
}: {
  options: ChoiceOption<T>[]
  on: (v: T) => boolean
  kind: Kind
  onPick: (v: T) => void
  look: 'seg' | 'chip'
}) {
  return (
    <>
      {options.map((o) => {
        const active = on(o.value)
        const state = kind === 'tabs' ? { 'aria-selected': active } : { 'aria-checked': active }
        const count = o.count === undefined ? null : <Text className="ui-choice__count">{o.count ?? '\u00a0'}</Text>
        return (
          <View
            key={key(o.value)}
            role={itemRole[kind]}
            {...state}
            className={`ui-choice__item ui-choice__item--${look} ${active ? 'ui-choice__item--on' : ''}`}
            data-value={key(o.value)}
            data-testid={o.testId}
            onClick={() => onPick(o.value)}
          >
            {look === 'chip' ? (
              <Tag className="ui-choice__tag" type={active ? 'primary' : 'default'} plain={!active} round>
                <Text>{o.label}</Text>
                {count}
              </Tag>
            ) : (
              <>
                <Text>{o.label}</Text>
                {count}
              </>
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
      <Items options={props.options} kind="tabs" look="seg" on={(v) => v === props.value} onPick={props.onChange} />
    </View>
  )
}

/**
 * Pills over NutUI Tag. kind 'tabs' (default): a filter, one chosen; 'radio': a form choice, one chosen;
 * 'checkbox': a form choice, several chosen (`value` is then the chosen list and onChange gets the item tapped).
 * `scroll` keeps one line that scrolls sideways instead of wrapping.
 */
export function Chips<T>(
  props: Common<T> & { scroll?: boolean } & (
      | { kind?: 'tabs' | 'radio'; value: T | undefined; onChange: (v: T) => void }
      | { kind: 'checkbox'; value: readonly T[]; onChange: (v: T) => void }
    ),
) {
  const kind = props.kind ?? 'tabs'
  const on = (v: T) => (props.kind === 'checkbox' ? props.value.includes(v) : v === props.value)
  return (
    <View
      className={`ui-choice ui-choice--chips ${props.scroll ? 'ui-choice--scroll' : ''} ${props.className ?? ''}`}
      role={rowRole[kind]}
      aria-label={props.label}
      data-testid={props.testId}
    >
      <Items options={props.options} kind={kind} look="chip" on={on} onPick={props.onChange} />
    </View>
  )
}
