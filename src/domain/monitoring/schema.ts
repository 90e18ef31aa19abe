// Field-level checks of the monitor's input records (zod mini). A bad record is skipped with a Chinese message
// rather than failing the whole run: one wrong date must not silence every other alert.
import * as z from 'zod/mini'
import { isValidYmd } from '../calendar'
import type { GazetteEntry, InputProblem, OpinionItem, PortfolioMark } from './types'

const text = (label: string) => z.string({ error: `${label}应为文字` }).check(z.refine((s) => s.trim().length > 0, `请填写${label}`))
const ymd = (label: string) => z.string({ error: `${label}应为日期` }).check(z.refine(isValidYmd, `${label}格式应为 YYYY-MM-DD`))
const niceClass = z.int({ error: '类别应为 1–45 的整数' }).check(z.gte(1, '类别应为 1–45 的整数'), z.lte(45, '类别应为 1–45 的整数'))
const classes = z.array(niceClass, { error: '请填写类别' }).check(z.minLength(1, '至少填写一个类别'))
const group = z.string({ error: '类似群应为 4 位数字' }).check(
  z.regex(/^\d{4}$/, '类似群应为 4 位数字（如 2901）'),
  z.refine((g) => Number(g.slice(0, 2)) >= 1 && Number(g.slice(0, 2)) <= 45, '类似群前两位应为类别 01–45'),
)
const dates = (label: string) => z.optional(z.array(ymd(label)))

const madridEvent = z.object({
  id: text('事件编号'),
  type: z.enum(['refusal', 'opposition'], { error: '事件类型应为驳回或异议' }),
  servedOn: ymd('通知送达日'),
  respondedOn: z.optional(ymd('答复日')),
})

export const portfolioMarkSchema = z
  .object({
    id: text('商标编号'),
    regNo: text('注册号'),
    name: text('商标名称'),
    markType: z.enum(['ordinary', 'collective', 'certification'], { error: '商标类型应为普通、集体或证明商标' }),
    classes,
    groups: z.optional(z.array(group)),
    ownerOrgId: text('权利人'),
    ownerName: text('权利人名称'),
    status: z.enum(['applied', 'published', 'registered', 'cancelled', 'invalidated'], { error: '商标状态无效' }),
    appliedOn: z.optional(ymd('申请日')),
    registeredOn: z.optional(ymd('注册公告日')),
    validUntil: z.optional(ymd('有效期至')),
    renewalFiledOn: z.optional(ymd('续展申请日')),
    madrid: z.optional(z.object({ events: z.array(madridEvent) })),
    licences: z.optional(
      z.array(
        z.object({
          licensee: text('被许可人'),
          from: ymd('许可起始日'),
          to: z.optional(ymd('许可截止日')),
          useEvidenceOn: dates('使用证据日期'),
        }),
      ),
    ),
    useEvidenceOn: dates('使用证据日期'),
  })
  .check(
    z.refine((m) => m.status !== 'registered' || !!m.registeredOn, { message: '已注册商标须填写注册公告日', path: ['registeredOn'] }),
    z.refine((m) => !m.groups || m.groups.every((g) => m.classes.includes(Number(g.slice(0, 2)))), {
      message: '类似群须属于所填类别',
      path: ['groups'],
    }),
    z.refine((m) => !m.validUntil || !m.registeredOn || m.validUntil > m.registeredOn, {
      message: '有效期至应晚于注册公告日',
      path: ['validUntil'],
    }),
  )

export const gazetteEntrySchema = z
  .object({
    regNo: text('申请号'),
    name: text('商标名称'),
    classes,
    groups: z.array(group, { error: '公告条目须列明类似群' }).check(z.minLength(1, '公告条目须列明类似群')),
    applicant: text('申请人'),
    publishedOn: ymd('公告日'),
    type: z.enum(['preliminary', 'registration'], { error: '公告类型应为初步审定或注册' }),
    registeredOn: z.optional(ymd('注册日')),
    wipoGazetteOn: z.optional(ymd('国际公告日')),
  })
  .check(z.refine((e) => e.type !== 'registration' || !!e.registeredOn, { message: '注册公告须填写注册日', path: ['registeredOn'] }))

export const opinionItemSchema = z.object({
  id: text('舆情编号'),
  orgId: text('所属组织'),
  trademarkId: z.optional(text('商标编号')),
  title: text('舆情标题'),
  source: text('来源'),
  publishedOn: ymd('发布日期'),
  severity: z.enum(['high', 'medium', 'low'], { error: '严重程度应为高、中或低' }),
})

function problemsOf(schema: z.ZodMiniType, value: unknown, prefix: string): InputProblem[] {
  const r = schema.safeParse(value)
  if (r.success) return []
  return r.error.issues.map((i) => ({
    path: [prefix, ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace('.[', '['),
    message: i.message,
  }))
}

export const checkMark = (m: unknown, i: number): InputProblem[] => problemsOf(portfolioMarkSchema, m, `marks[${i}]`)
export const checkEntry = (e: unknown, i: number): InputProblem[] => problemsOf(gazetteEntrySchema, e, `gazette[${i}]`)
export const checkOpinion = (o: unknown, i: number): InputProblem[] => problemsOf(opinionItemSchema, o, `opinions[${i}]`)

// the schemas describe exactly the declared input types
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _types: [
  Same<z.infer<typeof portfolioMarkSchema>, PortfolioMark>,
  Same<z.infer<typeof gazetteEntrySchema>, GazetteEntry>,
  Same<z.infer<typeof opinionItemSchema>, OpinionItem>,
] = [true, true, true]
void _types
