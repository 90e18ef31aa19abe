#!/usr/bin/env node
// Benchmark (prints figures, asserts nothing timed): the station directory on H5 renders a bounded number of
// rows whatever the list length. H5 production build (rebuilt if stale) + mock backend, Chromium at 375×812:
// open the directory for one province (~100 stations) and for the whole country (~4,000), page through ALL
// of them by scrolling the virtual list to the end, and count rendered row elements; plus time to first rows
// and the mock backend's throughput on GET /api/stations.
// Usage: node test/bench/list-rows.bench.mjs [--no-build]
import { build, needsBuild } from '../setup/proc.mjs'
import { startMock } from '../setup/mock-server.mjs'
import { launch, newPhone } from '../e2e/lib.mjs'

const argv = process.argv.slice(2)
const ROW = '[data-testid="station-row"]'

async function pickProvince(api) {
  const provinces = [
    '110000',
    '120000',
    '130000',
    '140000',
    '150000',
    '210000',
    '220000',
    '230000',
    '310000',
    '320000',
    '330000',
    '340000',
    '350000',
    '360000',
    '370000',
    '410000',
    '420000',
    '430000',
    '440000',
    '450000',
    '460000',
    '500000',
    '510000',
    '520000',
    '530000',
    '540000',
    '610000',
    '620000',
    '630000',
    '640000',
    '650000',
  ]
  let best = null
  for (const code of provinces) {
    const r = await fetch(`${api}/stations?provinceCode=${code}&limit=1`).then((x) => x.json())
    if (!best || Math.abs(r.total - 100) < Math.abs(best.total - 100)) best = { code, total: r.total }
  }
  const names = await fetch(`${api}/stations?provinceCode=${best.code}&limit=1`).then((x) => x.json())
  best.name = names.items[0].regionName.split(' ')[0]
  return best
}

async function counts(page) {
  return page.evaluate((sel) => {
    const c = document.querySelector('[data-testid="directory-count"]')
    return {
      rows: document.querySelectorAll(sel).length,
      items: document.querySelectorAll('.nut-virtuallist-item').length,
      loaded: Number(c?.getAttribute('data-loaded') || 0),
      total: Number(c?.getAttribute('data-total') || 0),
      dom: document.getElementsByTagName('*').length,
    }
  }, ROW)
}

/** scroll the virtual list to its end until every page of the cursor list is loaded */
async function loadAll(page, limitMs = 180_000) {
  const t = Date.now()
  let c = await counts(page)
  let maxRows = c.rows
  while (c.loaded < c.total && Date.now() - t < limitMs) {
    await page.evaluate(() => {
      const sv = document.querySelector('.nut-virtuallist')
      if (sv) {
        sv.scrollTop = sv.scrollHeight
        sv.dispatchEvent(new Event('scroll'))
      }
    })
    await page.waitForTimeout(60)
    c = await counts(page)
    maxRows = Math.max(maxRows, c.rows)
  }
  // a few positions along the way, to be sure rows are recycled everywhere
  for (const f of [0.25, 0.5, 0.75, 1]) {
    await page.evaluate((frac) => {
      const sv = document.querySelector('.nut-virtuallist')
      if (sv) {
        sv.scrollTop = Math.floor(sv.scrollHeight * frac)
        sv.dispatchEvent(new Event('scroll'))
      }
    }, f)
    await page.waitForTimeout(120)
    const x = await counts(page)
    maxRows = Math.max(maxRows, x.rows)
  }
  return { ...(await counts(page)), maxRows, ms: Date.now() - t }
}

async function measure(browser, base, label, province) {
  const { context, page } = await newPhone(browser)
  try {
    const t0 = Date.now()
    await page.goto(`${base}/#/pkg-station/pages/directory/index`)
    await page.locator(ROW).first().waitFor({ timeout: 30_000 })
    const firstRowsMs = Date.now() - t0
    if (province) {
      const all = (await counts(page)).total
      await page.locator('[data-testid="region-button"]').click()
      const picker = page.locator('[data-testid="region-picker"]')
      await picker.locator('.ui-sheet__row', { hasText: province.name }).first().click()
      const t1 = Date.now()
      await picker.locator('.ui-sheet__row', { hasText: `${province.name}全部` }).click()
      await page.waitForFunction((n) => {
        const c = document.querySelector('[data-testid="directory-count"]')
        return c && Number(c.getAttribute('data-total')) !== n && document.querySelector('[data-testid="station-row"]')
      }, all)
      var filterMs = Date.now() - t1
    }
    const first = await counts(page)
    const after = await loadAll(page)
    return {
      label,
      firstRowsMs,
      filterMs,
      total: after.total,
      loaded: after.loaded,
      rowsAtTop: first.rows,
      rowsAfterLoadingAll: after.rows,
      maxRowsSeen: after.maxRows,
      domNodes: after.dom,
      pageThroughMs: after.ms,
    }
  } finally {
    await context.close()
  }
}

async function throughput(api, n = 600, concurrency = 16) {
  const queries = [
    '',
    'provinceCode=350000',
    'q=%E5%95%86%E6%A0%87',
    'topic=overseas',
    'lat=26.08&lng=119.3',
    'cityCode=350100&limit=50',
    'cursor=o2000&limit=50',
  ]
  let i = 0
  let bytes = 0
  const lat = []
  const t = Date.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (i < n) {
        const q = queries[i++ % queries.length]
        const s = performance.now()
        const r = await fetch(`${api}/stations?${q}`)
        bytes += (await r.arrayBuffer()).byteLength
        lat.push(performance.now() - s)
      }
    }),
  )
  const ms = Date.now() - t
  lat.sort((a, b) => a - b)
  return {
    requests: n,
    concurrency,
    rps: Math.round((n / ms) * 1000),
    p50: lat[Math.floor(n * 0.5)].toFixed(1),
    p95: lat[Math.floor(n * 0.95)].toFixed(1),
    avgKB: (bytes / n / 1024).toFixed(1),
  }
}

async function main() {
  const why = argv.includes('--no-build') ? '' : needsBuild('h5', 'index.html')
  if (why) {
    console.log(`[bench] building H5 (${why})`)
    const b = await build('h5')
    if (!b.ok) process.exit(1)
  }
  const mock = await startMock({ serveH5: true, name: 'mock-bench' })
  const browser = await launch()
  try {
    const province = await pickProvince(mock.api)
    console.log(`[bench] province with ~100 stations: ${province.name} (${province.code}) → ${province.total}`)
    const results = []
    results.push(await measure(browser, mock.base, `${province.name}（${province.total}）`, province))
    results.push(await measure(browser, mock.base, '全国（all）', null))
    console.log('\nrendered station rows in the directory (H5, Chromium 375×812, NutUI VirtualList):')
    console.table(results)
    const [a, b] = results
    for (const r of results) if (r.loaded !== r.total) console.log(`!! ${r.label}: loaded ${r.loaded} of ${r.total} (paging problem)`)
    console.log(
      `rows rendered: ${a.total} stations → ${a.rowsAfterLoadingAll} rows (max ${a.maxRowsSeen}); ${b.total} stations → ${b.rowsAfterLoadingAll} rows (max ${b.maxRowsSeen})`,
    )
    console.log(
      `time to first rows: ${a.firstRowsMs} ms / ${b.firstRowsMs} ms (page load → first row visible, includes the first GET /stations)`,
    )
    const tp = await throughput(mock.api)
    console.log(
      `\nmock GET /api/stations throughput: ${tp.rps} req/s (${tp.requests} requests, ${tp.concurrency} concurrent, p50 ${tp.p50} ms, p95 ${tp.p95} ms, ~${tp.avgKB} KB/response)`,
    )
  } finally {
    await browser.close()
    await mock.stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
