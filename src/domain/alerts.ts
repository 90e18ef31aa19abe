import { field, object, optional, string } from './validate'

/** POST /alerts/{id}/handle */
export const handleAlertSchema = object({
  note: optional(field(string({ max: 200 }))),
})
