// Application forms (附件1–3): definitions + the shared schemas, by track.
import type { ApplicationTrack, FormDef } from '../contract/application'
import type { FieldErrors } from '../contract/z'
import { enterpriseCrossChecks, enterpriseFormDef } from './enterprise'
import { regionalCrossChecks, regionalFormDef } from './regional'
import { buildFormSchema, validateForm, type CrossChecks, type FormContext, type FormMode, type FormSchema } from './schema'
import { stationCrossChecks, stationFormDef } from './station'

export * from './schema'
export { enterpriseFormDef, enterpriseFormSchema, validateEnterpriseForm } from './enterprise'
export { regionalFormDef, regionalFormSchema, validateRegionalForm } from './regional'
export { stationFormDef, stationFormSchema, validateStationForm } from './station'

const DEFS: Record<ApplicationTrack, (year: number) => FormDef> = {
  enterprise: enterpriseFormDef,
  regional: regionalFormDef,
  station: stationFormDef,
}
const CROSS: Record<ApplicationTrack, CrossChecks> = {
  enterprise: enterpriseCrossChecks,
  regional: regionalCrossChecks,
  station: stationCrossChecks,
}

/** The form definition of a track for a programme year (labels carry the years). */
export const formDef = (track: ApplicationTrack, year: number): FormDef => DEFS[track](year)

export const formSchema = (track: ApplicationTrack, year: number, mode: FormMode = 'submit'): FormSchema =>
  buildFormSchema(DEFS[track](year), mode, CROSS[track])

/** Field errors (dotted keys = the form's flat keys). mode 'draft' ignores missing fields. */
export const validateApplicationForm = (
  track: ApplicationTrack,
  year: number,
  form: unknown,
  mode: FormMode = 'submit',
  opts: FormContext = {},
): FieldErrors => validateForm(DEFS[track](year), form, mode, CROSS[track], opts)
