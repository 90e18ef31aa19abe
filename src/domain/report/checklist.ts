// The evaluation check-lists of the programme: annex 6 (企业商标品牌价值评价参考要点) and annex 7
// (区域商标品牌价值评价参考要点). Each annex lists its points under four dimensions; one entry here is one
// point (the annex separates points with "；"). Report fields and evaluation indicators both refer to these ids,
// so a missing point is detectable (validateConfig refuses a model that leaves one uncovered).

export type Dimension = 'economic' | 'social' | 'brand' | 'influence'
export const DIMENSIONS: readonly Dimension[] = ['economic', 'social', 'brand', 'influence']
export const DIMENSION_LABELS: Record<Dimension, string> = {
  economic: '经济效益',
  social: '社会效益',
  brand: '品牌内涵',
  influence: '影响力',
}

/** yearly reports exist for the two brand tracks; stations are evaluated on their service records */
export type ReportTrack = 'enterprise' | 'regional'

export interface ChecklistItem {
  id: string
  dimension: Dimension
  /** the annex wording of the point */
  text: string
}

const item = (id: string, dimension: Dimension, text: string): ChecklistItem => ({ id, dimension, text })

/** annex 6: enterprise brands */
export const ENTERPRISE_CHECKLIST: readonly ChecklistItem[] = [
  item('E1', 'economic', '企业使用商标品牌的商品和服务销售收入、提高利润、进出口等情况'),
  item('E2', 'economic', '开展商标许可、质押融资、作价入股等情况'),
  item('E3', 'social', '带动就业、促进从业人员增收等情况'),
  item('E4', 'social', '企业履行社会责任、公益捐赠、环境保护等情况'),
  item('E5', 'brand', '企业商标品牌及知识产权战略规划编制、机构设置、决策体系、部门协作、人才培养等情况'),
  item('E6', 'brand', '知识产权风险防控、纠纷应对等相关制度建设及实践情况'),
  item('E7', 'brand', '企业针对品牌商品研发投入，制定或采用先进标准等情况'),
  item('E8', 'brand', '企业拥有商标、专利、著作权、集成电路布图设计等知识产权情况'),
  item('E9', 'brand', '专利密集型产品备案情况'),
  item('E10', 'brand', '商标品牌指导站联系服务企业情况'),
  item('E11', 'influence', '企业商标品牌的销售范围、线上线下销售占比、行业排名、市场占有率等情况'),
  item('E12', 'influence', '企业商标品牌海外布局、全球市场占比、参加国际展会等情况'),
  item('E13', 'influence', '消费者对企业商标品牌的关注度、满意度、忠诚度等情况'),
  item('E14', 'influence', '企业对商标品牌的广告宣传、论坛活动等宣传营销投入情况'),
  item('E15', 'influence', '企业被认定为国家知识产权优势示范企业、专精特新企业、制造业单项冠军、中华老字号企业等情况'),
  item('E16', 'influence', '被主流媒体宣传报道、获得荣誉奖项等情况'),
  item('E17', 'influence', '被国内外知名品牌评估机构评价情况'),
  item('E18', 'influence', '商标被认定为驰名商标情况'),
  item('E19', 'influence', '近期是否产生负面舆情'),
]

/** annex 7: regional brands */
export const REGIONAL_CHECKLIST: readonly ChecklistItem[] = [
  item('R1', 'economic', '区域商标品牌的商品和服务相关产值、利润、税收、进出口等情况'),
  item('R2', 'economic', '开展商标许可、质押融资、作价入股等情况'),
  item('R3', 'social', '带动就业、促进从业人员增收等情况'),
  item('R4', 'social', '使用区域商标品牌的企业尤其是中小企业数量及增长情况'),
  item('R5', 'social', '带动相关产业发展情况'),
  item('R6', 'social', '公益捐赠、环境保护等情况'),
  item('R7', 'brand', '区域商标品牌战略规划编制、行业组织建设、商标品牌管理规则制定及实施等情况'),
  item('R8', 'brand', '知识产权风险防控、纠纷应对等相关制度建设及实践情况'),
  item('R9', 'brand', '针对品牌商品研发投入，制定或采用先进标准等情况'),
  item('R10', 'brand', '区域商标品牌相关商标、专利、著作权、集成电路布图设计等知识产权情况'),
  item('R11', 'brand', '专利密集型产品备案情况'),
  item('R12', 'brand', '商标品牌指导站联系服务区域商标品牌情况'),
  item('R13', 'influence', '区域商标品牌销售范围、线上线下销售占比、行业排名、市场占有率等情况'),
  item('R14', 'influence', '区域商标品牌海外布局、全球市场占比、参加国际展会等情况'),
  item('R15', 'influence', '消费者对区域商标品牌的关注度、满意度、忠诚度等情况'),
  item('R16', 'influence', '区域商标品牌的广告宣传、论坛活动等宣传营销投入情况'),
  item('R17', 'influence', '被主流媒体宣传报道、获得荣誉奖项等情况'),
  item('R18', 'influence', '被国内外知名品牌评估机构评价情况'),
  item('R19', 'influence', '集体商标、证明商标被认定为驰名商标情况'),
  item('R20', 'influence', '近期是否产生负面舆情'),
]

export const CHECKLISTS: Record<ReportTrack, readonly ChecklistItem[]> = {
  enterprise: ENTERPRISE_CHECKLIST,
  regional: REGIONAL_CHECKLIST,
}
