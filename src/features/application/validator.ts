// What the applicant's form checks with: zod and the annex form schemas (~290 KB of the form's code on H5).
// Loaded on demand by hooks/formValidator.ts, so the form's first render carries none of it.
export { formSchema, validateApplicationForm } from '@/domain/forms'
export { validateField } from '@/domain/validate'
