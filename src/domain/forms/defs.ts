// The application forms (附件1–3) as definitions, without the schema library: what a screen needs to show a
// form or its summary (steps, fields, labels, which fields show and are required). Validation is in ./index.
import type { ApplicationTrack, FormDef } from '../contract/application'
import { enterpriseCrossChecks, enterpriseFormDef } from './enterprise'
import { regionalCrossChecks, regionalFormDef } from './regional'
import type { CrossChecks } from './rules'
import { stationCrossChecks, stationFormDef } from './station'

export * from './rules'
export { enterpriseFormDef, regionalFormDef, stationFormDef }

const DEFS: Record<ApplicationTrack, (year: number) => FormDef> = {
  enterprise: enterpriseFormDef,
  regional: regionalFormDef,
  station: stationFormDef,
}

/** the annexes' cross-field checks of a track */
export const CROSS_CHECKS: Record<ApplicationTrack, CrossChecks> = {
  enterprise: enterpriseCrossChecks,
  regional: regionalCrossChecks,
  station: stationCrossChecks,
}

/** The form definition of a track for a programme year (labels carry the years). */
export const formDef = (track: ApplicationTrack, year: number): FormDef => DEFS[track](year)
