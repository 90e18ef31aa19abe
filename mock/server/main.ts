// CLI: `npm run mock` (API only), `npm run mock:reset` (--reset-only: delete the data file, reseed, exit),
// `npm start` (--serve-h5: also serve dist/h5 from the same origin, gzip).
// Env: MOCK_PORT (3100), MOCK_DATA (mock/data/db.sqlite), MOCK_NOW (ISO; pins the clock),
// MOCK_SCALE (×N seeded data, for benchmarks; used only when the data file is created),
// MOCK_CLOCK_FILE (end-to-end runs: a file holding milliseconds added to the clock; see createCtx),
// MOCK_UPLOAD_SWEEP_MS (how often untaken photo uploads are cleaned up, default an hour; 0 = at start-up only).
// Run it as `node --import tsx mock/server/main.ts` when the process id matters (the `tsx` launcher spawns a child).
import fs from 'node:fs'
import path from 'node:path'
import { ROLE_LABELS, type Role } from '../../src/domain/contract'
import { DEMO_PHONES } from '../seed/demo'
import { Store } from '../store'
import { buildApp } from './app'
import { createCtx } from './context'
import { openData } from './db'
import { loadOpenApi } from '../openapi/load'

const ROOT = path.resolve(__dirname, '../..')

async function main() {
  const args = new Set(process.argv.slice(2))
  const port = Number(process.env.MOCK_PORT || 3100)
  // 127.0.0.1 by default; MOCK_HOST=0.0.0.0 lets a phone on the same network reach it (weapp real-device preview)
  const host = process.env.MOCK_HOST || '127.0.0.1'
  const file = path.resolve(ROOT, process.env.MOCK_DATA || 'mock/data/db.sqlite')
  const nowEnv = process.env.MOCK_NOW || undefined
  if (nowEnv && Number.isNaN(new Date(nowEnv).getTime())) throw new Error(`MOCK_NOW 不是有效的 ISO 时间：${nowEnv}`)
  const scale = Math.max(1, Math.floor(Number(process.env.MOCK_SCALE || 1)) || 1)
  const openOpts = () => ({ now: nowEnv ? new Date(nowEnv) : new Date(), pinned: !!nowEnv, scale })

  if (args.has('--reset-only')) {
    const t = Date.now()
    Store.remove(file)
    const { store } = openData(file, openOpts())
    const stations = store.stations.count()
    store.checkpoint()
    store.close()
    console.log(`已重置演示数据：${file}（${stations} 个指导站，${(fs.statSync(file).size / 1e6).toFixed(1)} MB，${Date.now() - t} ms）`)
    return
  }

  const t0 = Date.now()
  const { store, existed } = openData(file, openOpts())
  const stopCheckpoints = store.checkpointEvery(1000)
  const ctx = createCtx(store, { now: nowEnv, ...(process.env.MOCK_CLOCK_FILE ? { clockFile: process.env.MOCK_CLOCK_FILE } : {}) })
  let h5Dir: string | undefined
  if (args.has('--serve-h5')) {
    h5Dir = path.resolve(ROOT, process.env.MOCK_H5_DIR || 'dist/h5')
    if (!fs.existsSync(path.join(h5Dir, 'index.html'))) {
      console.error(`未找到 H5 构建产物 ${path.relative(ROOT, h5Dir)}/index.html，请先运行 npm run build:h5`)
      process.exit(1)
    }
  }
  const app = await buildApp({ ctx, h5Dir })
  try {
    await app.listen({ port, host })
  } catch (err: any) {
    if (err?.code === 'EADDRINUSE') {
      console.error(`端口 ${port} 已被占用：请关闭占用该端口的进程，或设置 MOCK_PORT 使用其他端口`)
      process.exit(1)
    }
    throw err
  }

  const base = `http://${host}:${port}`
  const shownFile = path.relative(ROOT, file).startsWith('..') ? file : path.relative(ROOT, file)
  const lines = [
    '',
    '千企百城 · 商标品牌指导站 模拟后端已启动',
    ...(h5Dir ? [`  H5 应用：     ${base}/    （手机尺寸浏览器打开）`] : []),
    `  接口地址：   ${base}/api`,
    `  接口文档：   ${base}/api/openapi.json（OpenAPI 3.1）`,
    `  数据文件：   ${shownFile}（SQLite，${existed ? '沿用已有数据' : '新生成'}，${store.stations.count()} 个指导站；重置：npm run mock:reset）`,
    ...(nowEnv ? [`  固定时钟：   MOCK_NOW=${nowEnv}`] : []),
    `  短信验证码： ${ctx.config.devSmsCode}（开发环境固定，不会真的发送短信）`,
    '  演示账号（手机号 + 验证码登录）：',
    ...(Object.keys(DEMO_PHONES) as Role[]).map((role) => {
      const u = store.users.first({ phone: DEMO_PHONES[role] })
      return `    ${ROLE_LABELS[role].padEnd(10, '　')} ${DEMO_PHONES[role]}  ${u?.name ?? '（数据中缺少该账号，请 npm run mock:reset）'}`
    }),
    `  启动耗时 ${Date.now() - t0} ms。按 Ctrl+C 停止。`,
    '',
  ]
  console.log(lines.join('\n'))
  try {
    loadOpenApi()
  } catch (err: any) {
    console.warn(`警告：接口文档合并失败（/api/openapi.json 将返回 500）：${err?.message ?? err}\n`)
  }

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    // every acknowledged change is already committed; closing just folds the WAL into the data file
    console.log(`\n收到 ${signal}，正在关闭…`)
    try {
      await app.close()
      stopCheckpoints()
      store.checkpoint()
      store.close()
    } finally {
      process.exit(0)
    }
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
