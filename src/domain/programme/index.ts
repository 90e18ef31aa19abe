// Programme year: timetable, quota versions, province calls, reminders, recommendation deadline.
export * from './timetable'
export * from './year'
export * from './call'
export * from './reminders'
export * from './recommend'
