// The H5 icon tag: NutUI's icon (mask style with the SVG as a base64 data URL) becomes an inline SVG painted
// in the icon's colour, so the browser builds no separate SVG image document per icon.
import { Star } from '@nutui/icons-react-taro'
import TestUtils from '@tarojs/test-utils-react'
import { installInlineSvgIcons } from './icons'

describe('inline SVG icons (H5)', () => {
  beforeAll(() => installInlineSvgIcons())
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('renders NutUI icons as inline SVG without the mask, in the given colour and size', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(() => <Star size={22} color="rgb(26, 95, 180)" />, {})
    const icon = await testUtils.queries.waitForQuerySelector('i.nut-icon-Star')
    const svg = icon.querySelector('svg')
    expect(svg).not.toBeNull()
    expect(svg!.getAttribute('fill')).toBe('currentColor')
    expect(svg!.querySelector('path')?.getAttribute('fill')).toBeNull()
    expect(svg!.getAttribute('aria-hidden')).toBe('true')
    const style = (icon as HTMLElement).style
    expect(style.color).toBe('rgb(26, 95, 180)')
    expect(style.width).toBe('22px')
    expect(style.getPropertyValue('mask')).toBe('')
    expect(style.backgroundColor).toBe('')
  })
})
