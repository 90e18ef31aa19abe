// Yearly report states: draft → submitted → revised (→ revised …). The reviewers (province) set a deadline,
// a Beijing calendar day, inclusive; until then a submitted report may be revised as often as needed, after it
// nothing changes any more. No deadline set yet = still open.
import { toLocalDate } from '../time'

export type ReportStatus = 'draft' | 'submitted' | 'revised'
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '已报送',
  revised: '已修改报送',
}

export type ReportAction = 'save' | 'submit' | 'revise'
export const REPORT_ACTION_LABELS: Record<ReportAction, string> = {
  save: '保存草稿',
  submit: '报送',
  revise: '修改后重新报送',
}

export interface ReportState {
  status: ReportStatus
  /** 0 until the first revision */
  revision: number
  /** ISO instants */
  submittedAt?: string
  revisedAt?: string
}

export interface ReportWindow {
  /** "YYYY-MM-DD", last day (Beijing) on which reports may be submitted or revised */
  deadline?: string
}

export type TransitionResult = { ok: true; state: ReportState } | { ok: false; error: string }

export const newReportState = (): ReportState => ({ status: 'draft', revision: 0 })

/** Is the reporting window still open on `now`'s Beijing calendar day? */
export const isReportWindowOpen = (window: ReportWindow, now: Date): boolean => !window.deadline || toLocalDate(now) <= window.deadline

const ALLOWED: Record<ReportStatus, readonly ReportAction[]> = {
  draft: ['save', 'submit'],
  submitted: ['revise'],
  revised: ['revise'],
}

/** What the participant may do with its report now (nothing once the deadline has passed). */
export function availableReportActions(state: ReportState, window: ReportWindow, now: Date): ReportAction[] {
  return isReportWindowOpen(window, now) ? [...ALLOWED[state.status]] : []
}

export function transitionReport(state: ReportState, action: ReportAction, window: ReportWindow, now: Date): TransitionResult {
  if (!isReportWindowOpen(window, now))
    return { ok: false, error: `本年度报送已于 ${window.deadline} 截止，不能再${REPORT_ACTION_LABELS[action]}` }
  if (!ALLOWED[state.status].includes(action)) {
    const error =
      state.status === 'draft'
        ? '报告尚未报送，请先报送'
        : action === 'submit'
          ? '报告已报送；如需更改，请修改后重新报送'
          : '报告已报送，不能再保存为草稿'
    return { ok: false, error }
  }
  const at = now.toISOString()
  switch (action) {
    case 'save':
      return { ok: true, state: { ...state } }
    case 'submit':
      return { ok: true, state: { ...state, status: 'submitted', submittedAt: at } }
    case 'revise':
      return { ok: true, state: { ...state, status: 'revised', revision: state.revision + 1, revisedAt: at } }
  }
}
