// Application forms (附件1–3): definitions (./defs, no schema library) + the zod schemas built from them, by track.
import type { ApplicationTrack } from '../contract/application'
import type { FieldErrors } from '../contract/z'
import { CROSS_CHECKS, formDef, type FormContext, type FormMode } from './defs'
import { buildFormSchema, validateForm, type FormSchema } from './schema'

export * from './defs'
export * from './schema'

export const formSchema = (track: ApplicationTrack, year: number, mode: FormMode = 'submit'): FormSchema =>
  buildFormSchema(formDef(track, year), mode, CROSS_CHECKS[track])

/** Field errors (dotted keys = the form's flat keys). mode 'draft' ignores missing fields. */
export const validateApplicationForm = (
  track: ApplicationTrack,
  year: number,
  form: unknown,
  mode: FormMode = 'submit',
  opts: FormContext = {},
): FieldErrors => validateForm(formDef(track, year), form, mode, CROSS_CHECKS[track], opts)

// per-track shorthands
export const enterpriseFormSchema = (year: number, mode: FormMode = 'submit') => formSchema('enterprise', year, mode)
export const validateEnterpriseForm = (year: number, form: unknown, mode: FormMode = 'submit') =>
  validateApplicationForm('enterprise', year, form, mode)
export const regionalFormSchema = (year: number, mode: FormMode = 'submit') => formSchema('regional', year, mode)
export const validateRegionalForm = (year: number, form: unknown, mode: FormMode = 'submit') =>
  validateApplicationForm('regional', year, form, mode)
export const stationFormSchema = (year: number, mode: FormMode = 'submit') => formSchema('station', year, mode)
export const validateStationForm = (year: number, form: unknown, mode: FormMode = 'submit') =>
  validateApplicationForm('station', year, form, mode)
