// The association's member register (用标管理): one typed function per endpoint of contract/member.ts.
import Taro from '@tarojs/taro'
import type {
  AssociationMark,
  AssociationMarks,
  BundleQuery,
  CreateMemberRequest,
  EvidenceRequest,
  MemberChangeRequest,
  MemberDetail,
  MemberFigures,
  MemberPage,
  MemberQuery,
  UseEvidenceBundleView,
  YearlyMemberUsageView,
} from '@/domain/contract/member'
import { useSession } from '@/shared/session'
import { API_BASE, request, type Result } from './http'

export const listMembers = (query: MemberQuery = {}) => request<MemberPage>({ method: 'GET', url: '/members', params: query })
export const getMember = (id: string) => request<MemberDetail>({ method: 'GET', url: `/members/${id}` })
export const addMember = (body: CreateMemberRequest) => request<MemberDetail>({ method: 'POST', url: '/members', data: body })
export const changeMember = (id: string, body: MemberChangeRequest) =>
  request<MemberDetail>({ method: 'POST', url: `/members/${id}/changes`, data: body })
export const addMemberEvidence = (id: string, body: EvidenceRequest) =>
  request<MemberDetail>({ method: 'POST', url: `/members/${id}/evidence`, data: body })
export const getMemberFigures = (query: { from?: number; to?: number } = {}) =>
  request<MemberFigures>({ method: 'GET', url: '/members/figures', params: query })
/** The yearly member-usage figures of one year (what the yearly report prefills from). */
export const getMemberUsage = (year: number) => request<YearlyMemberUsageView>({ method: 'GET', url: `/members/usage/${year}` })
export const listAssociationMarks = () => request<AssociationMarks>({ method: 'GET', url: '/association/marks' })
export const addHolderEvidence = (markId: string, body: EvidenceRequest) =>
  request<AssociationMark>({ method: 'POST', url: `/association/marks/${markId}/evidence`, data: body })
export const getUseEvidenceBundle = (markId: string, query: BundleQuery) =>
  request<UseEvidenceBundleView>({ method: 'GET', url: `/association/marks/${markId}/bundle`, params: query })

/**
 * The bundle as one HTML file (signed-in request). H5: the document's text, saved as a download; weapp: a
 * temporary file path (Taro.downloadFile with the Authorization header), to send to a chat.
 */
export async function downloadUseEvidenceBundle(markId: string, query: BundleQuery): Promise<Result<{ text?: string; filePath?: string }>> {
  const url = `${API_BASE}/association/marks/${markId}/bundle.html?from=${encodeURIComponent(query.from)}&to=${encodeURIComponent(query.to)}`
  const token = useSession.getState().session?.token
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  const fail = (message: string): Result<never> => ({ ok: false, error: { code: 'NETWORK', message, status: 0 } })
  try {
    if (process.env.TARO_ENV === 'h5') {
      const res = await fetch(url, { headers: header })
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { message?: string } | null
        return fail(body?.message ?? '导出失败，请稍后重试')
      }
      return { ok: true, status: res.status, data: { text: await res.text() } }
    }
    const res = await Taro.downloadFile({ url, header })
    if (res.statusCode !== 200) return fail('导出失败，请检查所选期间后重试')
    return { ok: true, status: 200, data: { filePath: res.tempFilePath } }
  } catch {
    return fail('网络不可用，请检查网络后重试')
  }
}
