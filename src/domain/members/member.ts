// The member register of a collective / certification mark (用标管理): which enterprises the association
// has authorised to use the regional mark, on which products, for which licence period, and what happened.
//
// State machine (every change carries a date and a reason and is appended to the history, never edited):
//   add        (new)                → active
//   suspend    active               → suspended     (暂停使用: the plan's exit mechanism, reversible)
//   reinstate  suspended            → active
//   withdraw   active | suspended   → withdrawn     (撤销许可: final; to authorise again, add a new entry)
//   renew      active               → active        (licence end moves later; a suspended member is
//                                                    reinstated first, so a renewal is never silent)
// Dates: a change is dated on or before today and not before the previous change (the history reads in
// order). Only the association that holds the mark manages its register.
import * as z from 'zod/mini'
import { validateUscc } from '../ids'
import { type Actor, type Outcome, fieldErrorsOf, invalid, refuse, text, ymd } from '../outcome'

export type MemberStatus = 'active' | 'suspended' | 'withdrawn'
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { active: '正常使用', suspended: '暂停使用', withdrawn: '已撤销' }

export type MemberAction = 'add' | 'suspend' | 'reinstate' | 'withdraw' | 'renew'
export const MEMBER_ACTION_LABELS: Record<MemberAction, string> = {
  add: '添加会员',
  suspend: '暂停使用',
  reinstate: '恢复使用',
  withdraw: '撤销许可',
  renew: '续期',
}

export const MEMBER_TRANSITIONS: readonly { action: Exclude<MemberAction, 'add'>; from: MemberStatus[]; to: MemberStatus }[] = [
  { action: 'suspend', from: ['active'], to: 'suspended' },
  { action: 'reinstate', from: ['suspended'], to: 'active' },
  { action: 'withdraw', from: ['active', 'suspended'], to: 'withdrawn' },
  { action: 'renew', from: ['active'], to: 'active' },
]

export interface Licence {
  /** YYYY-MM-DD, first day */
  start: string
  /** YYYY-MM-DD, last day */
  end: string
}

export type EvidenceKind = 'product_photo' | 'invoice' | 'contract' | 'advert' | 'other'
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  product_photo: '标注商标的商品照片',
  invoice: '销售发票',
  contract: '销售合同',
  advert: '广告宣传材料',
  other: '其他使用证据',
}

export interface UseEvidence {
  id: string
  /** YYYY-MM-DD the evidence shows use on (invoice date, photo date) */
  on: string
  kind: EvidenceKind
  description: string
  fileIds: string[]
  products?: string[]
}

export interface MemberEvent {
  action: MemberAction
  /** YYYY-MM-DD the change takes effect */
  on: string
  reason: string
  by: string
  /** ISO instant recorded */
  at: string
  from: MemberStatus | null
  to: MemberStatus
  /** add / renew: the licence from this change on */
  licence?: Licence
}

export interface Member {
  id: string
  associationId: string
  trademarkId: string
  uscc: string
  name: string
  /** 中小企业 */
  sme: boolean
  products: string[]
  licence: Licence
  status: MemberStatus
  history: MemberEvent[]
  evidence: UseEvidence[]
}

export const MEMBER_REASON_MAX = 500
export const PRODUCTS_MAX = 20
export const EVIDENCE_FILES_MAX = 9

const licenceSchema = z.object({ start: ymd('请选择许可开始日期（YYYY-MM-DD）'), end: ymd('请选择许可结束日期（YYYY-MM-DD）') }).check(
  z.superRefine((l, ctx) => {
    if (l.end <= l.start) ctx.issues.push({ code: 'custom', message: '许可结束日期应晚于开始日期', path: ['end'], input: l.end })
  }),
)

export const memberInputSchema = z.object({
  uscc: z.string('请输入统一社会信用代码').check(
    z.superRefine((v, ctx) => {
      const m = validateUscc(v, { kind: 'enterprise' })
      if (m) ctx.issues.push({ code: 'custom', message: m, input: v })
    }),
  ),
  name: text('企业名称', 100),
  sme: z.boolean('请选择是否为中小企业'),
  products: z
    .array(text('使用商品', 50), '请填写使用商标的商品')
    .check(z.minLength(1, '请至少填写一种使用商标的商品'), z.maxLength(PRODUCTS_MAX, `商品最多 ${PRODUCTS_MAX} 种`)),
  licence: licenceSchema,
  on: ymd('请选择添加日期（YYYY-MM-DD）'),
  reason: text('授权依据', MEMBER_REASON_MAX),
})

export const memberChangeSchema = z.object({
  on: ymd('请选择生效日期（YYYY-MM-DD）'),
  reason: text('原因', MEMBER_REASON_MAX),
  /** renew: the new last day */
  licenceEnd: z.optional(ymd('请选择新的许可结束日期（YYYY-MM-DD）')),
})

export const evidenceInputSchema = z.object({
  on: ymd('请选择证据日期（YYYY-MM-DD）'),
  kind: z.enum(['product_photo', 'invoice', 'contract', 'advert', 'other'], '请选择证据类型'),
  description: text('证据说明', 200),
  fileIds: z
    .array(z.string(), '请上传证据文件')
    .check(z.minLength(1, '请至少上传一个证据文件'), z.maxLength(EVIDENCE_FILES_MAX, `每条证据最多 ${EVIDENCE_FILES_MAX} 个文件`)),
  products: z.optional(z.array(z.string())),
})

const ownRegister = (actor: Actor, associationId: string) =>
  actor.role === 'association' && !!actor.orgId && actor.orgId === associationId
    ? null
    : refuse(403, 'FORBIDDEN', '只有商标注册人（区域品牌主体）可以管理本商标的用标会员')

export interface MemberContext {
  /** Beijing "YYYY-MM-DD" */
  today: string
  now: Date
}

/** Add a member; refused when the same USCC already holds a live licence of this mark. */
export function addMember(
  actor: Actor,
  input: unknown,
  ctx: MemberContext & { id: string; associationId: string; trademarkId: string; register: readonly Member[] },
): Outcome<Member> {
  const denied = ownRegister(actor, ctx.associationId)
  if (denied) return denied
  const r = memberInputSchema.safeParse(input)
  if (!r.success) return invalid(fieldErrorsOf(r.error))
  const m = r.data
  if (m.on > ctx.today) return invalid({ on: '添加日期不能晚于今天' })
  const dup = ctx.register.find((x) => x.trademarkId === ctx.trademarkId && x.uscc === m.uscc && x.status !== 'withdrawn')
  if (dup) return refuse(409, 'CONFLICT', `${dup.name}已在用标会员名单中（${MEMBER_STATUS_LABELS[dup.status]}），不能重复添加`)
  const licence = { start: m.licence.start, end: m.licence.end }
  const event: MemberEvent = {
    action: 'add',
    on: m.on,
    reason: m.reason.trim(),
    by: actor.id,
    at: ctx.now.toISOString(),
    from: null,
    to: 'active',
    licence,
  }
  return {
    ok: true,
    value: {
      id: ctx.id,
      associationId: ctx.associationId,
      trademarkId: ctx.trademarkId,
      uscc: m.uscc,
      name: m.name.trim(),
      sme: m.sme,
      products: m.products.map((p) => p.trim()),
      licence,
      status: 'active',
      history: [event],
      evidence: [],
    },
  }
}

/** Actions allowed now (for buttons). */
export const memberActions = (m: Pick<Member, 'status'>): Exclude<MemberAction, 'add'>[] =>
  MEMBER_TRANSITIONS.filter((t) => t.from.includes(m.status)).map((t) => t.action)

/** Suspend, reinstate, withdraw or renew, with a date and a reason. */
export function changeMember(
  m: Member,
  action: Exclude<MemberAction, 'add'>,
  actor: Actor,
  input: unknown,
  ctx: MemberContext,
): Outcome<Member> {
  const denied = ownRegister(actor, m.associationId)
  if (denied) return denied
  const def = MEMBER_TRANSITIONS.find((t) => t.action === action)
  if (!def) return refuse(409, 'INVALID_TRANSITION', '不支持的操作')
  if (!def.from.includes(m.status)) {
    const hint = action === 'renew' && m.status === 'suspended' ? '，请先恢复使用再续期' : ''
    return refuse(
      409,
      'INVALID_TRANSITION',
      `${m.name}当前为“${MEMBER_STATUS_LABELS[m.status]}”，不能${MEMBER_ACTION_LABELS[action]}${hint}`,
    )
  }
  const r = memberChangeSchema.safeParse(input)
  if (!r.success) return invalid(fieldErrorsOf(r.error))
  const { on, reason, licenceEnd } = r.data
  const last = m.history[m.history.length - 1]
  const errors: Record<string, string> = {}
  if (on > ctx.today) errors.on = '生效日期不能晚于今天'
  else if (last && on < last.on) errors.on = `生效日期不能早于上一次变更（${last.on} ${MEMBER_ACTION_LABELS[last.action]}）`
  let licence: Licence | undefined
  if (action === 'renew') {
    if (!licenceEnd) errors.licenceEnd = '请选择新的许可结束日期（YYYY-MM-DD）'
    else if (licenceEnd <= m.licence.end) errors.licenceEnd = `新的结束日期应晚于当前结束日期 ${m.licence.end}`
    else licence = { start: m.licence.start, end: licenceEnd }
  }
  if (Object.keys(errors).length > 0) return invalid(errors)
  const event: MemberEvent = {
    action,
    on,
    reason: reason.trim(),
    by: actor.id,
    at: ctx.now.toISOString(),
    from: m.status,
    to: def.to,
    ...(licence ? { licence } : {}),
  }
  return { ok: true, value: { ...m, status: def.to, ...(licence ? { licence } : {}), history: [...m.history, event] } }
}

/** Record one dated piece of use evidence for a member (or, with the same shape, for the holder). */
export function addEvidence(m: Member, actor: Actor, input: unknown, ctx: MemberContext & { id: string }): Outcome<Member> {
  const denied = ownRegister(actor, m.associationId)
  if (denied) return denied
  const r = evidenceInputSchema.safeParse(input)
  if (!r.success) return invalid(fieldErrorsOf(r.error))
  if (r.data.on > ctx.today) return invalid({ on: '证据日期不能晚于今天' })
  const ev: UseEvidence = { id: ctx.id, ...r.data, description: r.data.description.trim() }
  return { ok: true, value: { ...m, evidence: [...m.evidence, ev] } }
}

export interface Confirmation {
  title: string
  body: string
  confirmLabel: string
  /** shown in the danger tone; the UI asks before acting */
  destructive: boolean
}

/** What the confirmation dialog says before a change (the consequence, in plain words). */
export function memberConfirmation(
  action: Exclude<MemberAction, 'add'>,
  m: Pick<Member, 'name' | 'products' | 'licence'>,
  markName: string,
): Confirmation {
  const goods = m.products.join('、')
  switch (action) {
    case 'suspend':
      return {
        title: `暂停${m.name}使用“${markName}”？`,
        body: `暂停后，${m.name}在恢复前不得在${goods}上使用“${markName}”商标；暂停期间的使用不计入会员用标记录，也不能作为撤三答辩的许可使用证据。可以随时恢复。`,
        confirmLabel: '确认暂停',
        destructive: true,
      }
    case 'withdraw':
      return {
        title: `撤销${m.name}的用标许可？`,
        body: `撤销后，${m.name}不得再在${goods}上使用“${markName}”商标，应停止使用并处理库存标识；此操作不能恢复，如需再次授权，须重新添加为会员。撤销前的使用记录仍予保留。`,
        confirmLabel: '确认撤销',
        destructive: true,
      }
    case 'reinstate':
      return {
        title: `恢复${m.name}使用“${markName}”？`,
        body: `恢复后，${m.name}可在许可期内（至 ${m.licence.end}）继续在${goods}上使用“${markName}”商标。`,
        confirmLabel: '确认恢复',
        destructive: false,
      }
    case 'renew':
      return {
        title: `为${m.name}续期？`,
        body: `当前许可至 ${m.licence.end}，续期后按新的结束日期继续许可使用“${markName}”商标。`,
        confirmLabel: '确认续期',
        destructive: false,
      }
  }
}
