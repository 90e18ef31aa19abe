// Component test of the chart over Taro's H5 components (test-utils-react): the table carries every
// figure for screen readers, the box keeps its height in every state, and F2 really draws the series
// into the canvas's 2D context (a recording context: jsdom has no canvas drawing of its own).
import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '../../../test/setup/page'
import { TrendChart } from './TrendChart'
import { axisTicks, chartRows, formatAxis, formatFigure, isEmptySeries, tableRows, type TrendSeries } from './chart-data'

const SALES: TrendSeries[] = [
  {
    name: '品牌产品销售额',
    points: [
      { x: '2023', y: 12000 },
      { x: '2024', y: 13850.5 },
      { x: '2025', y: null },
      { x: '2026', y: 16020 },
    ],
  },
  {
    name: '出口额',
    points: [
      { x: '2023', y: 800 },
      { x: '2024', y: 950 },
      { x: '2026', y: 1210 },
    ],
  },
]

/** A 2D context that records what is drawn: every method call, and the text painted. */
function recordingContext() {
  const calls: string[] = []
  const texts: string[] = []
  const target: Record<string, unknown> = {
    measureText: (t: string) => ({ width: String(t).length * 6, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 }),
    fillText: (t: string) => {
      calls.push('fillText')
      texts.push(String(t))
    },
    getLineDash: () => [],
    createLinearGradient: () => ({ addColorStop: () => undefined }),
    createPattern: () => ({}),
    getImageData: () => ({ data: new Uint8ClampedArray(4) }),
    isPointInPath: () => false,
  }
  const ctx = new Proxy(target, {
    get(t, key: string) {
      if (key in t) return t[key]
      return (..._args: unknown[]) => {
        calls.push(key)
      }
    },
    set(t, key: string, value) {
      t[key] = value
      return true
    },
  })
  return { ctx, calls, texts }
}

const rows = () => Array.from(document.querySelectorAll('[role="row"]'))
const box = () => document.querySelector('.trend-chart__box') as HTMLElement

beforeEach(() => {
  // jsdom cannot draw: the canvas has no context unless a test gives it one
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => null)
})
afterEach(() => {
  document.body.innerHTML = ''
  jest.restoreAllMocks()
})

describe('chart data', () => {
  it('leaves missing figures out of the drawing and shows them as — in the table', () => {
    expect(
      chartRows(SALES)
        .filter((r) => r.series === '品牌产品销售额')
        .map((r) => r.x),
    ).toEqual(['2023', '2024', '2026'])
    expect(tableRows(SALES)).toEqual([
      { x: '2023', cells: ['12,000', '800'] },
      { x: '2024', cells: ['13,850.5', '950'] },
      { x: '2025', cells: ['—', '—'] },
      { x: '2026', cells: ['16,020', '1,210'] },
    ])
    expect(isEmptySeries([{ name: 'a', points: [{ x: '2024', y: null }] }])).toBe(true)
    expect(isEmptySeries(SALES)).toBe(false)
  })

  it('formats figures for the table and short labels for the axis', () => {
    expect(formatFigure(-1234567.891)).toBe('-1,234,567.89')
    expect(formatFigure(undefined)).toBe('—')
    expect(formatAxis(12000)).toBe('1.2万')
    expect(formatAxis(350000000)).toBe('3.5亿')
    expect(formatAxis(85)).toBe('85')
  })
})

describe('TrendChart', () => {
  it('puts every figure in a table with headers and says what the chart shows', async () => {
    const t = new TestUtils()
    await t.mount(() => <TrendChart id="c1" kind="bar" series={SALES} unit="万元" title="经济效益" height={180} />, {})
    await waitFor(() => expect(rows()).toHaveLength(5))
    const table = document.querySelector('[role="table"]')!
    expect(table.getAttribute('aria-label')).toBe('经济效益，单位万元')
    const head = Array.from(rows()[0].querySelectorAll('[role="columnheader"]')).map((c) => c.textContent)
    expect(head).toEqual(['年度', '品牌产品销售额（万元）', '出口额（万元）'])
    const y2024 = rows()[2]
    expect(y2024.querySelector('[role="rowheader"]')!.textContent).toBe('2024')
    expect(Array.from(y2024.querySelectorAll('[role="cell"]')).map((c) => c.textContent)).toEqual(['13,850.5', '950'])
    expect(table.textContent).toContain('柱状图：品牌产品销售额、出口额，2023 至 2026，单位万元')
    // the box has its fixed height (whether the canvas or, here without a 2D context, the fallback is in it)
    expect(box().style.height).toBe('180px')
  })

  it('keeps the box height while loading and when empty, without a table', async () => {
    const t = new TestUtils()
    await t.mount(
      () => (
        <>
          <TrendChart id="c2" kind="line" series={SALES} unit="万元" title="a" loading />
          <TrendChart
            id="c3"
            kind="line"
            series={[{ name: '销售额', points: [{ x: '2025', y: null }] }]}
            unit="万元"
            title="b"
            emptyText="暂无已提交的年度报送"
          />
        </>
      ),
      {},
    )
    await waitFor(() => expect(document.querySelectorAll('.trend-chart')).toHaveLength(2))
    const [loading, empty] = Array.from(document.querySelectorAll('.trend-chart'))
    expect(loading.querySelector('[aria-busy="true"]')!.textContent).toBe('加载中…')
    expect(empty.querySelector('[data-testid="chart-empty"]')!.textContent).toBe('暂无已提交的年度报送')
    for (const c of [loading, empty]) {
      expect((c.querySelector('.trend-chart__box') as HTMLElement).style.height).toBe('200px')
      expect(c.querySelector('[role="table"]')).toBeNull()
    }
  })

  it('F2 draws the bars and axis labels into the canvas, at the device pixel ratio', async () => {
    const { ctx, calls, texts } = recordingContext()
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as never)
    jest
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockImplementation(
        () => ({ left: 0, top: 0, right: 320, bottom: 180, width: 320, height: 180, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect,
      )
    const t = new TestUtils()
    await t.mount(() => <TrendChart id="c4" kind="bar" series={SALES} unit="万元" title="经济效益" height={180} />, {})
    // every year is on the x axis, the unreported 2025 too (a gap, not a zero bar)
    await waitFor(() => expect(texts).toEqual(expect.arrayContaining(['2023', '2024', '2025', '2026'])), 5000)
    expect(texts).toEqual(expect.arrayContaining(['品牌产品销售额', '出口额']))
    // bars are filled paths or rects; the y axis has the short labels
    expect(calls.some((c) => c === 'fill' || c === 'fillRect')).toBe(true)
    expect(texts.some((s) => /万$/.test(s))).toBe(true)
    const canvas = document.querySelector('#c4 canvas, canvas') as HTMLCanvasElement
    expect(canvas.width).toBe(320 * (window.devicePixelRatio || 1))
    expect(document.body.textContent).not.toContain('当前环境无法绘制图表')
    // the drawn canvas is hidden from screen readers: the table says the same
    expect(document.querySelector('.trend-chart__canvas')!.getAttribute('aria-hidden')).toBe('true')
  })

  it('labels at most six x categories so sixteen quarters do not run into each other; the table keeps all', async () => {
    const { ctx, texts } = recordingContext()
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as never)
    jest
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockImplementation(
        () => ({ left: 0, top: 0, right: 320, bottom: 180, width: 320, height: 180, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect,
      )
    const quarters = ['23', '24', '25', '26'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`))
    const members: TrendSeries[] = [{ name: '在册会员', points: quarters.map((x, i) => ({ x, y: 4 + i * 5 })) }]
    const t = new TestUtils()
    await t.mount(() => <TrendChart id="c6" kind="line" series={members} unit="家" title="会员" xLabel="季度" height={180} />, {})
    await waitFor(() => expect(texts).toEqual(expect.arrayContaining(['23Q1', '26Q4'])), 5000)
    const drawn = quarters.filter((q) => texts.includes(q))
    expect(drawn).toEqual(axisTicks(quarters))
    expect(drawn).toEqual(['23Q1', '23Q4', '24Q3', '25Q2', '26Q1', '26Q4'])
    expect(rows()).toHaveLength(17)
  })

  it('axisTicks keeps every label that fits and otherwise every k-th, first and (when the step allows) last', () => {
    expect(axisTicks(['2023', '2024', '2025'])).toEqual(['2023', '2024', '2025'])
    expect(axisTicks(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toEqual(['a', 'c', 'e', 'g'])
    expect(axisTicks(Array.from({ length: 12 }, (_, i) => `m${i + 1}`))).toEqual(['m1', 'm4', 'm7', 'm10'])
  })

  it('says the figures are in the table when the environment cannot draw', async () => {
    const t = new TestUtils()
    await t.mount(() => <TrendChart id="c5" kind="line" series={SALES} unit="万元" title="经济效益" />, {})
    await waitFor(() => expect(document.body.textContent).toContain('当前环境无法绘制图表，数字见下表'))
    expect(rows()).toHaveLength(5)
  })
})
