// Opening an application form: which application and programme year it edits, how the server's copy and the
// device's draft are combined, at which step a draft started elsewhere resumes, and what is prefilled into a
// new form. Pure: the applicant's form hook feeds it the server answers and the local draft.
import type { Application, ApplicationStatus, ApplicationTrack, FormDef } from '../contract/application'
import { EDITABLE_STATUSES } from '../contract/labels'
import { isEmpty } from '../contract/values'
import { formDef } from './defs'
import { allFields, isFieldRequired } from './rules'

export type FormValues = Record<string, unknown>
/** what the applicant typed in an earlier form (name, USCC, contact), keyed by form field */
export type RememberedValues = Partial<Record<'orgName' | 'holderName' | 'uscc' | 'contactName' | 'contactPhone', string>>

/** The identity fields remembered from a submitted form, per track, to prefill the next one. */
export const IDENTITY_KEYS: Record<ApplicationTrack, Array<keyof RememberedValues>> = {
  enterprise: ['orgName', 'uscc', 'contactName', 'contactPhone'],
  regional: ['holderName', 'uscc', 'contactName', 'contactPhone'],
  station: ['contactName', 'contactPhone'],
}

/** The application the form opens: the one asked for by id, else the newest of the applicant's track. */
export function pickApplication(mine: Application[], track: ApplicationTrack, id?: string): Application | undefined {
  const ofTrack = mine.filter((a) => a.track === track).sort((a, b) => b.year - a.year)
  return (id ? ofTrack.find((a) => a.id === id) : undefined) ?? ofTrack[0]
}

/**
 * The programme year the form edits: the opened application's; without one, the open year by this device's
 * clock, or — offline, when the server could not say — the year of this user's last draft.
 */
export function resumeYear(p: { target?: Application; serverReached: boolean; lastYear?: number; clockYear: number }): number {
  if (p.target) return p.target.year
  if (!p.serverReached && p.lastYear !== undefined) return p.lastYear
  return p.clockYear
}

/** Index of the step holding a field, or -1. */
export const stepOfField = (def: FormDef, key: string): number => def.steps.findIndex((s) => s.fields.some((f) => f.key === key))

/** The first step holding any of the fields; undefined when none is on the form. */
export function firstStepOf(def: FormDef, keys: string[]): number | undefined {
  const steps = keys.map((k) => stepOfField(def, k)).filter((i) => i >= 0)
  return steps.length ? Math.min(...steps) : undefined
}

/**
 * Where a draft started elsewhere (another device, or seeded) resumes: the first step with a required field
 * still empty, the summary step (= number of steps) when none is, the first step for an empty form. Only
 * emptiness counts, not the schema checks: the form opens without the schema library, and a filled but wrong
 * value is listed on the summary step, which sends the applicant to it.
 */
export function resumeStep(track: ApplicationTrack, year: number, values: FormValues): number {
  const def = formDef(track, year)
  if (Object.keys(values).length === 0) return 0
  const missing = allFields(def)
    .filter((f) => isFieldRequired(f, values) && isEmpty(values[f.key]))
    .map((f) => f.key)
  return Math.min(def.steps.length, firstStepOf(def, missing) ?? def.steps.length)
}

/** The device's draft of this user, track and year, as far as resuming needs it. */
export interface LocalDraft {
  values: FormValues
  status?: ApplicationStatus
  applicationId?: string
  /** has changes the server has not acknowledged */
  dirty: boolean
}

/** What to do with the device's draft. */
export type DraftAction =
  /** no draft on this device: start one */
  | { kind: 'create'; init: { values: FormValues; applicationId?: string; status?: ApplicationStatus; step?: number } }
  /** unsynced local edits win; only note the server's id and status */
  | { kind: 'link'; patch: { applicationId: string; status: ApplicationStatus } }
  /** local copy is in sync: take the server's values over it */
  | { kind: 'merge'; patch: { values: FormValues; applicationId: string; status: ApplicationStatus } }
  /** no server copy: carry on with the local draft */
  | { kind: 'keep' }

export type ResumePlan =
  /** already submitted: show its status, do not offer to edit it again */
  | { kind: 'locked'; locked: Application; application?: Application }
  /** edit: `fresh` = a new, empty form that may be prefilled */
  | { kind: 'edit'; draft: DraftAction; application?: Application; fresh: boolean }

export function planResume(p: {
  track: ApplicationTrack
  year: number
  /** the server's application of this track and year, if any */
  target?: Application
  /** the server answered (false: offline, the local draft is all we have) */
  serverReached: boolean
  local?: LocalDraft
}): ResumePlan {
  const { track, year, target, local } = p
  if (!target && !p.serverReached && local?.status && !EDITABLE_STATUSES.includes(local.status) && local.applicationId) {
    // offline, and this draft was already submitted from this device
    return { kind: 'locked', locked: { id: local.applicationId, year, status: local.status, track } as Application }
  }
  if (target && !EDITABLE_STATUSES.includes(target.status)) return { kind: 'locked', locked: target, application: target }
  const fresh = !local && (!target || Object.keys(target.form ?? {}).length === 0)
  if (target) {
    const serverValues = (target.form ?? {}) as FormValues
    const ids = { applicationId: target.id, status: target.status }
    const draft: DraftAction = !local
      ? { kind: 'create', init: { values: { ...serverValues }, ...ids, step: resumeStep(track, year, serverValues) } }
      : local.dirty
        ? { kind: 'link', patch: ids }
        : { kind: 'merge', patch: { values: { ...local.values, ...serverValues }, ...ids } }
    return { kind: 'edit', draft, application: target, fresh }
  }
  return { kind: 'edit', draft: local ? { kind: 'keep' } : { kind: 'create', init: { values: {} } }, fresh }
}

/** The parts of the signed-in user's home summary that name their organisation or station. */
export interface HomeFacts {
  orgName?: string
  uscc?: string
  stationName?: string
  station?: { id: string } | null
}

/**
 * Prefill of a new form: the signed-in contact, what the applicant typed last time, and what the home summary
 * knows (organisation name and USCC, the linked station). What the applicant typed before wins over the home.
 */
export function prefillValues(
  track: ApplicationTrack,
  p: { user: { name: string; phone: string }; remembered?: RememberedValues; home?: HomeFacts },
): FormValues {
  const remembered = p.remembered ?? {}
  const out: FormValues = { contactName: p.user.name, contactPhone: p.user.phone, ...remembered }
  const h = p.home
  if (h) {
    if (h.orgName) out[track === 'regional' ? 'holderName' : 'orgName'] = remembered.orgName ?? remembered.holderName ?? h.orgName
    if (h.uscc) out.uscc = remembered.uscc ?? h.uscc
    if (h.stationName) out.stationName = h.stationName
    // a station's own form names no station to link to
    if (track !== 'station' && h.station?.id) out.stationId = h.station.id
  }
  return out
}

/** The prefill values for fields of this form that are still empty (what is filled stays as it is). */
export function fillEmpty(def: FormDef, current: FormValues | undefined, prefill: FormValues): FormValues {
  const keys = new Set(def.steps.flatMap((s) => s.fields.map((f) => f.key)))
  const fill: FormValues = {}
  for (const [k, v] of Object.entries(prefill)) {
    if (!keys.has(k) || v === undefined || v === '') continue
    const cur = current?.[k]
    if (cur === undefined || cur === null || cur === '') fill[k] = v
  }
  return fill
}

/** The identity fields of a submitted form worth remembering for the next one. */
export function identityToRemember(track: ApplicationTrack, values: FormValues): RememberedValues {
  const out: RememberedValues = {}
  for (const k of IDENTITY_KEYS[track]) if (typeof values[k] === 'string') out[k] = values[k] as string
  return out
}

/** The form as sent to the server: cleared fields (undefined) left out. */
export function stripEmpty(values: FormValues): FormValues {
  const out: FormValues = {}
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v
  return out
}
