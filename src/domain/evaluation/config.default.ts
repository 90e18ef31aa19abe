// The default evaluation method (national). Weights and rules are data: a province may copy this object,
// change weights or thresholds, bump `version`, and validateConfig() checks the result before it is used.
// Each weight states its reason; shares are points out of 100 per track.
import type { DimensionDef, Direction, EvaluationConfig, IndicatorDef, ScoringRule } from './types'

type Rest = { reason: string; advice: string; direction?: Direction }
const ind =
  (dimension: string) =>
  (id: string, item: string, label: string, source: string, rule: ScoringRule, weight: number, rest: Rest): IndicatorDef => ({
    id,
    item,
    dimension,
    label,
    source,
    rule,
    weight,
    direction: rest.direction ?? 'higher',
    reason: rest.reason,
    advice: rest.advice,
  })

const peerRank = (fallbackFull: number): ScoringRule => ({ kind: 'peerRank', fallbackFull })
const peerRatio = (fallbackFull: number, fullAt = 2): ScoringRule => ({ kind: 'peerRatio', fullAt, fallbackFull })
const growth = (full: number, zero = 0, years = 1): ScoringRule => ({ kind: 'growth', years, zero, full })
const yes: ScoringRule = { kind: 'presence' }
const steps = (...s: Array<[number, number]>): ScoringRule => ({ kind: 'threshold', steps: s.map(([at, share]) => ({ at, share })) })
const linear = (zero: number, full: number): ScoringRule => ({ kind: 'linear', zero, full })

const dims = (shares: Record<'economic' | 'social' | 'brand' | 'influence', [number, string]>): DimensionDef[] => [
  { key: 'economic', label: '经济效益', share: shares.economic[0], reason: shares.economic[1] },
  { key: 'social', label: '社会效益', share: shares.social[0], reason: shares.social[1] },
  { key: 'brand', label: '品牌内涵', share: shares.brand[0], reason: shares.brand[1] },
  { key: 'influence', label: '影响力', share: shares.influence[0], reason: shares.influence[1] },
]

// shared wording
const SCALE = '规模指标按同组百分位计分，不同体量的品牌只与同赛道、同领域的参与者比较'
const FIN = '商标运用（许可、质押、入股）是品牌价值变现的直接证据，但多数参与者笔数很少，按有无和档次计分'
const SELF = '自报的制度建设情况只能核验有无，权重较低'
const OBJECTIVE = '取自监测或登记数据（客观），不依赖自报'

// ── enterprise (annex 6) ───────────────────────────────────────────────────────────────────────────────
const e = { ec: ind('economic'), so: ind('social'), br: ind('brand'), in: ind('influence') }
const ENTERPRISE: IndicatorDef[] = [
  e.ec('E1.sales', 'E1', '品牌商品销售收入（同组比较）', 'report.economic.brandSales', peerRank(50_000), 8, {
    reason: `销售收入是品牌市场价值最直接的体现；${SCALE}`,
    advice: '准确统计使用本商标的商品和服务收入，扩大品牌商品销售',
  }),
  e.ec('E1.salesGrowth', 'E1', '品牌商品销售收入增长', 'report.economic.brandSales', growth(0.2), 7, {
    reason: '增长体现参加行动后的提升成效，年增长 20% 得满分，负增长不得分',
    advice: '对照上年数据查找销售下滑的品类或地区，借助指导站开展品牌推广',
  }),
  e.ec('E1.profit', 'E1', '品牌商品利润（同组比较）', 'report.economic.brandProfit', peerRank(5_000), 6, {
    reason: '利润反映品牌溢价能力，权重略低于收入，因其受行业周期影响较大',
    advice: '提升品牌溢价，控制品牌商品成本',
  }),
  e.ec('E1.exports', 'E1', '品牌商品出口额（同组比较）', 'report.economic.exportSales', peerRank(10_000), 4, {
    reason: '出口体现国际竞争力；许多企业无出口业务，权重低于内销指标',
    advice: '结合马德里商标国际注册开拓海外市场',
  }),
  e.ec('E2.licence', 'E2', '商标许可', 'report.economic.licenceCount', steps([1, 0.5], [3, 1]), 2, {
    reason: FIN,
    advice: '在保证品质的前提下规范开展商标许可并办理备案',
  }),
  e.ec('E2.pledge', 'E2', '商标质押融资', 'report.economic.pledgeAmount', steps([1, 0.5], [1_000, 1]), 2, {
    reason: FIN,
    advice: '咨询指导站了解商标专用权质押融资政策',
  }),
  e.ec('E2.equity', 'E2', '商标作价入股', 'report.economic.equityAmount', steps([1, 1]), 1, {
    reason: `${FIN}；作价入股较少见，权重最低`,
    advice: '在对外投资、合资中评估以商标作价出资',
  }),
  e.so('E3.jobs', 'E3', '从业人员规模（同组比较）', 'report.social.employees', peerRank(1_000), 4, {
    reason: `带动就业是社会效益的首要内容；${SCALE}`,
    advice: '如实填报年末在岗人数',
  }),
  e.so('E3.jobsGrowth', 'E3', '就业增长', 'report.social.employees', growth(0.1), 4, {
    reason: '就业增长体现带动作用，年增长 10% 得满分',
    advice: '随业务扩张稳定增加就业岗位',
  }),
  e.so('E3.income', 'E3', '从业人员增收', 'report.social.incomeGrowth', linear(0, 10), 4, {
    reason: '促进从业人员增收是附件要点；增长率 10% 得满分，不增长不得分',
    advice: '建立与品牌效益挂钩的薪酬增长机制',
  }),
  e.so('E4.charity', 'E4', '公益捐赠与社会责任支出（与同组中位数比）', 'report.social.charitySpending', peerRatio(100), 4, {
    reason: '履行社会责任是品牌美誉度的基础；按与同组中位数的比值计分，达到中位数 2 倍得满分',
    advice: '持续开展公益项目并如实记录支出',
  }),
  e.so('E4.env', 'E4', '环境保护投入（与同组中位数比）', 'report.social.envInvestment', peerRatio(500), 3, {
    reason: '绿色发展是高质量品牌的要求；行业差异大，故按同组比较',
    advice: '加大节能减排和绿色生产投入',
  }),
  e.so('E4.esg', 'E4', '发布社会责任（ESG）报告', 'report.social.esgReport', yes, 1, {
    reason: '公开报告提高透明度，只核验有无',
    advice: '每年公开发布社会责任或 ESG 报告',
  }),
  e.br('E5.strategy', 'E5', '商标品牌及知识产权战略规划', 'report.brand.hasBrandStrategy', yes, 2, {
    reason: SELF,
    advice: '编制商标品牌战略规划并经决策机构审议',
  }),
  e.br('E5.org', 'E5', '知识产权管理机构与决策机制', 'report.brand.hasIpDepartment', yes, 2, {
    reason: SELF,
    advice: '设立或明确知识产权归口管理部门',
  }),
  e.br('E5.training', 'E5', '知识产权人才培养', 'report.brand.ipTrainingSessions', steps([1, 0.5], [4, 1]), 1, {
    reason: '人才培养按年度培训次数分档，每季度一次得满分',
    advice: '每季度组织一次知识产权专题培训，可邀请指导站授课',
  }),
  e.br('E6.riskRules', 'E6', '风险防控与纠纷应对制度', 'report.brand.hasRiskControl', yes, 2, {
    reason: SELF,
    advice: '建立商标监测、预警和纠纷应对制度',
  }),
  e.br('E6.alerts', 'E6', '风险预警期限内处置率', 'alerts.handledOnTimeRate', linear(0.5, 1), 2, {
    reason: `制度的实践效果；${OBJECTIVE}。全部按期处置得满分，低于一半不得分；当年无预警时不适用`,
    advice: '在风险预警的最后期限前处置（续展、异议、留存使用证据等）',
  }),
  e.br('E7.rd', 'E7', '品牌商品研发投入（与同组中位数比）', 'report.brand.rdInvestment', peerRatio(2_000), 4, {
    reason: '研发投入是品牌内涵的核心支撑，权重为本维度最高',
    advice: '加大针对品牌商品的研发投入并单独核算',
  }),
  e.br('E7.standardsLed', 'E7', '主导或参与制定标准', 'report.brand.standardsLed', steps([1, 0.6], [3, 1]), 2, {
    reason: '制定标准体现行业话语权，按数量分档',
    advice: '参与国家、行业或团体标准制定',
  }),
  e.br('E7.standardsAdopted', 'E7', '采用先进标准', 'report.brand.standardsAdopted', steps([1, 1]), 1, {
    reason: '采用先进标准体现质量水平，只核验有无',
    advice: '对标采用国际标准或国外先进标准',
  }),
  e.br('E8.marks', 'E8', '有效注册商标（同组比较）', 'ip.marks', peerRank(100), 2, {
    reason: `商标储备体现品牌保护水平；${OBJECTIVE}`,
    advice: '围绕主商标做好防御性注册和全类别布局',
  }),
  e.br('E8.patents', 'E8', '有效专利（同组比较）', 'ip.patents', peerRank(200), 3, {
    reason: `专利是品牌技术含量的体现，权重高于其他知识产权；${OBJECTIVE}`,
    advice: '围绕品牌商品布局专利，尤其是发明专利',
  }),
  e.br('E8.copyrights', 'E8', '著作权（同组比较）', 'ip.copyrights', peerRank(50), 1, {
    reason: OBJECTIVE,
    advice: '对品牌标识、包装设计、软件等进行著作权登记',
  }),
  e.br('E8.icLayouts', 'E8', '集成电路布图设计', 'ip.icLayouts', steps([1, 1]), 0.5, {
    reason: `仅部分行业适用，只核验有无；${OBJECTIVE}`,
    advice: '集成电路企业及时登记布图设计',
  }),
  e.br('E8.plantVarieties', 'E8', '植物新品种', 'ip.plantVarieties', steps([1, 1]), 0.5, {
    reason: `仅农业等行业适用，只核验有无；${OBJECTIVE}`,
    advice: '农业企业及时申请植物新品种权',
  }),
  e.br('E9.patentProducts', 'E9', '专利密集型产品备案', 'report.brand.patentIntensiveProducts', steps([1, 0.6], [3, 1]), 1, {
    reason: '附件要点之一，按备案数量分档',
    advice: '在国家专利密集型产品备案认定平台备案品牌商品',
  }),
  e.br('E10.station', 'E10', '接受指导站服务', 'visits.count', steps([1, 0.5], [3, 1]), 1, {
    reason: '取自指导站服务记录（客观）；一年 3 次以上得满分',
    advice: '与对接的指导站保持联系，每年至少预约 3 次服务',
  }),
  e.in('E11.reach', 'E11', '销售覆盖省份', 'report.influence.salesProvinces', linear(1, 20), 1.5, {
    reason: '销售范围体现品牌影响范围，覆盖 20 个省份得满分',
    advice: '拓展省外销售渠道',
  }),
  e.in('E11.online', 'E11', '线上销售占比', 'report.influence.onlineSalesShare', linear(0, 50), 0.5, {
    reason: '线上渠道拓展了品牌触达，但不是越高越好的核心指标，权重低，50% 封顶',
    advice: '发展电商渠道并使用统一品牌标识',
  }),
  e.in('E11.marketShare', 'E11', '国内市场占有率（同组比较）', 'report.influence.marketShare', peerRank(10), 2, {
    reason: '市场地位的直接体现；无第三方数据的企业按缺失处理，不计零分',
    advice: '提供行业协会或第三方机构的市场份额数据',
  }),
  e.in('E11.rank', 'E11', '行业排名', 'report.influence.industryRank', steps([50, 0.3], [10, 0.6], [3, 1]), 2, {
    reason: '权威榜单名次，前三名得满分、前十名六成、前五十名三成',
    advice: '参加行业协会或权威机构的排名评价',
    direction: 'lower',
  }),
  e.in('E12.overseas', 'E12', '商标海外布局', 'report.influence.overseasCountries', steps([1, 0.3], [5, 0.6], [20, 1]), 2, {
    reason: '海外布局是走向国际的前提，按国家/地区数分档',
    advice: '通过马德里体系在目标市场注册商标',
  }),
  e.in('E12.globalShare', 'E12', '全球市场占比', 'report.influence.globalMarketShare', linear(0, 5), 1, {
    reason: '全球份额 5% 即为行业领先，得满分',
    advice: '提供第三方机构的全球市场份额数据',
  }),
  e.in('E12.expos', 'E12', '参加国际展会', 'report.influence.intlExhibitions', steps([1, 0.5], [3, 1]), 1, {
    reason: '国际展会是海外推广的常用方式，3 次以上得满分',
    advice: '以本品牌参加国际性展会',
  }),
  e.in('E13.satisfaction', 'E13', '消费者满意度', 'report.influence.consumerSatisfaction', linear(60, 95), 2, {
    reason: '满意度是消费者评价的核心，60% 以下不得分，95% 得满分',
    advice: '开展第三方满意度调查并改进售后服务',
  }),
  e.in('E13.loyalty', 'E13', '复购率（忠诚度）', 'report.influence.repeatPurchaseRate', linear(10, 60), 1, {
    reason: '忠诚度体现品牌黏性，复购率 60% 得满分',
    advice: '建立会员体系，提升复购',
  }),
  e.in('E13.attention', 'E13', '品牌关注人数（同组比较）', 'report.influence.followers', peerRank(1_000_000), 1, {
    reason: '关注度受营销方式影响大，权重低',
    advice: '运营官方账号，扩大品牌关注',
  }),
  e.in('E14.marketing', 'E14', '宣传营销投入（与同组中位数比）', 'report.influence.marketingSpending', peerRatio(2_000), 2, {
    reason: '宣传投入是影响力的来源；按同组中位数比较，避免与大企业比绝对额',
    advice: '制定年度品牌宣传计划并保证投入',
  }),
  e.in(
    'E15.ipStatus',
    'E15',
    '国家知识产权优势示范企业',
    'report.influence.ipStatus',
    { kind: 'presence', levels: { demonstration: 1, advantage: 0.7, none: 0 } },
    1.5,
    {
      reason: '国家认定的知识产权能力；示范企业满分、优势企业七成',
      advice: '对照条件申报国家知识产权优势企业',
    },
  ),
  e.in(
    'E15.srdi',
    'E15',
    '专精特新/单项冠军',
    'report.influence.srdiStatus',
    { kind: 'presence', levels: { champion: 1, little_giant: 0.8, provincial_srdi: 0.5, none: 0 } },
    1,
    {
      reason: '工业和信息化部门的认定，按级别分档',
      advice: '对照条件申报专精特新中小企业',
    },
  ),
  e.in(
    'E15.timeHonored',
    'E15',
    '老字号',
    'application.timeHonored',
    { kind: 'presence', levels: { china: 1, provincial: 0.6, none: 0 } },
    0.5,
    {
      reason: '老字号认定长期不变，取自申报表；仅部分企业适用，权重最低',
      advice: '符合条件的可申报省级或中华老字号',
    },
  ),
  e.in('E16.media', 'E16', '主流媒体报道', 'report.influence.mediaReports', steps([1, 0.3], [5, 0.7], [10, 1]), 1, {
    reason: '主流媒体正面报道，10 次以上得满分',
    advice: '主动对接主流媒体宣传品牌故事',
  }),
  e.in('E16.honours', 'E16', '省部级以上荣誉', 'report.influence.honoursCount', steps([1, 0.5], [3, 1]), 1, {
    reason: '荣誉奖项是外部认可，3 项以上得满分',
    advice: '参加省部级以上品牌、质量类评选',
  }),
  e.in('E17.valuation', 'E17', '被知名品牌评估机构评价', 'report.influence.brandValuationListed', yes, 1, {
    reason: '第三方价值评价，只核验有无（各机构方法不同，不比较金额）',
    advice: '参加国内外知名品牌评估机构的价值评价',
  }),
  e.in('E18.wellKnown', 'E18', '驰名商标', 'report.influence.wellKnownMark', yes, 1, {
    reason: '驰名商标为个案认定，只核验有无',
    advice: '在维权中需要时依法请求认定驰名商标',
  }),
  e.in('E19.opinion', 'E19', '负面舆情', 'opinion.negativeEvents', steps([2, 0.2], [1, 0.5], [0, 1]), 2, {
    reason: `${OBJECTIVE}；无负面舆情得满分，1 次五成、2 次两成、更多不得分`,
    advice: '建立舆情监测和应对机制，及时回应消费者关切',
    direction: 'lower',
  }),
]

// ── regional brand (annex 7) ─────────────────────────────────────────────────────────────────────────────
const r = { ec: ind('economic'), so: ind('social'), br: ind('brand'), in: ind('influence') }
const REGIONAL: IndicatorDef[] = [
  r.ec('R1.output', 'R1', '区域品牌商品产值（同组比较）', 'report.economic.outputValue', peerRank(500_000), 6, {
    reason: `产值是区域品牌经济体量的核心；${SCALE}`,
    advice: '统计全部用标企业的品牌商品产值',
  }),
  r.ec('R1.outputGrowth', 'R1', '产值增长', 'report.economic.outputValue', growth(0.15), 5, {
    reason: '增长体现区域品牌带动成效，年增长 15% 得满分',
    advice: '扩大用标企业范围，提高品牌商品产量',
  }),
  r.ec('R1.profit', 'R1', '利润（同组比较）', 'report.economic.profit', peerRank(50_000), 3, {
    reason: '利润反映品牌溢价，受行业周期影响较大',
    advice: '推动优质优价，提高品牌溢价',
  }),
  r.ec('R1.tax', 'R1', '税收（同组比较）', 'report.economic.taxRevenue', peerRank(20_000), 4, {
    reason: '税收是区域品牌对地方财政贡献的直接体现',
    advice: '规范用标企业的经营统计',
  }),
  r.ec('R1.exports', 'R1', '出口额（同组比较）', 'report.economic.exportValue', peerRank(50_000), 3, {
    reason: '出口体现国际竞争力；许多区域品牌以内销为主，权重较低',
    advice: '组织用标企业开拓海外市场',
  }),
  r.ec('R2.licence', 'R2', '商标许可', 'report.economic.licenceCount', steps([1, 0.4], [10, 0.7], [50, 1]), 2, {
    reason: `${FIN}；区域品牌通过许可带动企业，分档更宽`,
    advice: '规范用标许可合同并办理备案',
  }),
  r.ec('R2.pledge', 'R2', '商标质押融资', 'report.economic.pledgeAmount', steps([1, 0.5], [1_000, 1]), 1.5, {
    reason: FIN,
    advice: '协调金融机构开展集体商标、证明商标质押融资',
  }),
  r.ec('R2.equity', 'R2', '商标作价入股', 'report.economic.equityAmount', steps([1, 1]), 0.5, {
    reason: `${FIN}；集体商标、证明商标作价入股少见，权重最低`,
    advice: '在合规前提下探索商标作价入股',
  }),
  r.so('R3.jobs', 'R3', '带动就业（同组比较）', 'report.social.employees', peerRank(20_000), 5, {
    reason: `带动就业是区域品牌的首要社会效益；${SCALE}`,
    advice: '如实统计区域品牌产业的就业人数',
  }),
  r.so('R3.income', 'R3', '就业人员增收', 'report.social.incomeGrowth', linear(0, 10), 4, {
    reason: '增收是乡村振兴和共同富裕的要求，增长率 10% 得满分',
    advice: '推动品牌溢价向从业人员收入传导',
  }),
  r.so('R4.members', 'R4', '用标企业数量（同组比较）', 'members.active', peerRank(200), 5, {
    reason: '用标企业数取自用标名册（客观），体现区域品牌覆盖面',
    advice: '吸纳符合条件的企业规范用标，并及时更新用标名册',
  }),
  r.so('R4.sme', 'R4', '用标中小企业数量（同组比较）', 'members.sme', peerRank(150), 4, {
    reason: '附件特别强调中小企业，取自用标名册',
    advice: '降低中小企业用标门槛，提供用标辅导',
  }),
  r.so('R4.growth', 'R4', '用标企业增长', 'members.active', growth(0.1), 4, {
    reason: '用标企业增长体现品牌吸引力，年增长 10% 得满分',
    advice: '开展用标宣传，吸纳新的用标企业',
  }),
  r.so('R5.industry', 'R5', '带动相关产业（与同组中位数比）', 'report.social.relatedIndustryOutput', peerRatio(200_000), 4, {
    reason: '带动上下游产业是区域品牌的特有效益',
    advice: '发展品牌相关的加工、物流、文旅等产业',
  }),
  r.so('R6.charity', 'R6', '公益捐赠（与同组中位数比）', 'report.social.charitySpending', peerRatio(200), 2, {
    reason: '公益捐赠是社会责任的体现，权重低于就业和带动效益',
    advice: '以区域品牌名义组织公益活动',
  }),
  r.so('R6.env', 'R6', '环境保护投入（与同组中位数比）', 'report.social.envInvestment', peerRatio(5_000), 2, {
    reason: '绿色发展，企业与政府投入合计',
    advice: '推动产业绿色化改造',
  }),
  r.br('R7.strategy', 'R7', '区域品牌战略规划', 'report.brand.hasBrandStrategy', yes, 2, {
    reason: SELF,
    advice: '推动地方政府或协会发布区域品牌发展规划',
  }),
  r.br('R7.org', 'R7', '行业组织建设', 'report.brand.hasIndustryOrg', yes, 1.5, { reason: SELF, advice: '建立有章程、有会员的行业组织' }),
  r.br('R7.rules', 'R7', '商标使用管理规则', 'report.brand.hasUsageRules', yes, 1.5, {
    reason: SELF,
    advice: '制定并备案集体商标、证明商标使用管理规则',
  }),
  r.br('R7.inspections', 'R7', '管理规则实施（用标检查）', 'report.brand.rulesInspections', steps([1, 0.5], [4, 1]), 1, {
    reason: '规则实施的实践，每季度检查一次得满分',
    advice: '定期对用标企业开展规范使用检查',
  }),
  r.br('R8.riskRules', 'R8', '风险防控与纠纷应对制度', 'report.brand.hasRiskControl', yes, 1.5, {
    reason: SELF,
    advice: '建立商标监测、预警和纠纷应对制度',
  }),
  r.br('R8.alerts', 'R8', '风险预警期限内处置率', 'alerts.handledOnTimeRate', linear(0.5, 1), 1.5, {
    reason: `${OBJECTIVE}；当年无预警时不适用`,
    advice: '在风险预警的最后期限前处置',
  }),
  r.br('R9.rd', 'R9', '研发投入（与同组中位数比）', 'report.brand.rdInvestment', peerRatio(5_000), 3, {
    reason: '研发投入是品牌内涵的核心支撑，权重为本维度最高',
    advice: '组织产学研合作，加大品牌商品研发投入',
  }),
  r.br('R9.standards', 'R9', '参与制定标准', 'report.brand.standardsLed', steps([1, 0.6], [3, 1]), 2, {
    reason: '标准是区域品牌品质统一的保障',
    advice: '制定区域品牌团体标准或地方标准',
  }),
  r.br('R10.marks', 'R10', '相关注册商标（同组比较）', 'ip.marks', peerRank(30), 1, {
    reason: OBJECTIVE,
    advice: '做好集体商标、证明商标的防御性注册',
  }),
  r.br('R10.patents', 'R10', '相关专利（同组比较）', 'ip.patents', peerRank(200), 2, {
    reason: OBJECTIVE,
    advice: '围绕区域品牌商品布局专利',
  }),
  r.br('R10.copyrights', 'R10', '相关著作权（同组比较）', 'ip.copyrights', peerRank(30), 1, {
    reason: OBJECTIVE,
    advice: '对区域品牌标识和包装进行著作权登记',
  }),
  r.br('R11.patentProducts', 'R11', '专利密集型产品备案', 'report.brand.patentIntensiveProducts', steps([1, 0.6], [3, 1]), 1, {
    reason: '附件要点之一，按备案数量分档',
    advice: '组织用标企业备案专利密集型产品',
  }),
  r.br('R12.station', 'R12', '接受指导站服务', 'visits.count', steps([1, 0.5], [3, 1]), 1, {
    reason: '取自指导站服务记录（客观）；一年 3 次以上得满分',
    advice: '与对接的指导站保持联系，每年至少预约 3 次服务',
  }),
  r.in('R13.reach', 'R13', '销售覆盖省份', 'report.influence.salesProvinces', linear(1, 20), 2, {
    reason: '销售范围体现影响范围',
    advice: '拓展省外销售渠道',
  }),
  r.in('R13.online', 'R13', '线上销售占比', 'report.influence.onlineSalesShare', linear(0, 50), 0.5, {
    reason: '线上渠道拓展触达，50% 封顶，权重低',
    advice: '组织用标企业开展电商销售',
  }),
  r.in('R13.marketShare', 'R13', '国内市场占有率（同组比较）', 'report.influence.marketShare', peerRank(10), 2, {
    reason: '市场地位的直接体现；无数据按缺失处理',
    advice: '提供行业协会或第三方机构的市场份额数据',
  }),
  r.in('R13.rank', 'R13', '行业排名', 'report.influence.industryRank', steps([50, 0.3], [10, 0.6], [3, 1]), 1.5, {
    reason: '权威榜单名次，前三名得满分',
    advice: '参加权威机构的区域品牌排名评价',
    direction: 'lower',
  }),
  r.in('R14.overseas', 'R14', '商标海外布局', 'report.influence.overseasCountries', steps([1, 0.3], [5, 0.6], [20, 1]), 2, {
    reason: '海外布局是走向国际的前提',
    advice: '通过马德里体系在目标市场注册集体商标、证明商标',
  }),
  r.in('R14.globalShare', 'R14', '全球市场占比', 'report.influence.globalMarketShare', linear(0, 5), 1, {
    reason: '全球份额 5% 得满分',
    advice: '提供第三方机构的全球市场份额数据',
  }),
  r.in('R14.expos', 'R14', '参加国际展会', 'report.influence.intlExhibitions', steps([1, 0.5], [3, 1]), 1, {
    reason: '国际展会是海外推广的常用方式',
    advice: '组织用标企业参加国际展会',
  }),
  r.in('R15.satisfaction', 'R15', '消费者满意度', 'report.influence.consumerSatisfaction', linear(60, 95), 2, {
    reason: '消费者评价的核心',
    advice: '开展第三方满意度调查',
  }),
  r.in('R15.loyalty', 'R15', '复购率（忠诚度）', 'report.influence.repeatPurchaseRate', linear(10, 60), 1, {
    reason: '忠诚度体现品牌黏性',
    advice: '建立统一的质量追溯和会员体系',
  }),
  r.in('R15.attention', 'R15', '品牌关注人数（同组比较）', 'report.influence.followers', peerRank(1_000_000), 1, {
    reason: '关注度受营销方式影响大，权重低',
    advice: '运营区域品牌官方账号',
  }),
  r.in('R16.marketing', 'R16', '宣传营销投入（与同组中位数比）', 'report.influence.marketingSpending', peerRatio(2_000), 3, {
    reason: '区域品牌依赖公共宣传，权重高于企业',
    advice: '制定区域品牌年度宣传计划',
  }),
  r.in('R17.media', 'R17', '主流媒体报道', 'report.influence.mediaReports', steps([1, 0.3], [5, 0.7], [10, 1]), 1.5, {
    reason: '主流媒体正面报道',
    advice: '策划区域品牌宣传活动并对接主流媒体',
  }),
  r.in('R17.honours', 'R17', '省部级以上荣誉', 'report.influence.honoursCount', steps([1, 0.5], [3, 1]), 1.5, {
    reason: '外部认可',
    advice: '参加省部级以上区域品牌评选',
  }),
  r.in('R18.valuation', 'R18', '被知名品牌评估机构评价', 'report.influence.brandValuationListed', yes, 1, {
    reason: '第三方价值评价，只核验有无',
    advice: '参加知名机构的区域品牌价值评价',
  }),
  r.in('R19.wellKnown', 'R19', '集体商标、证明商标驰名商标', 'report.influence.wellKnownMark', yes, 2, {
    reason: '区域品牌获驰名商标保护的意义更大，权重高于企业',
    advice: '在维权中需要时依法请求认定驰名商标',
  }),
  r.in('R20.opinion', 'R20', '负面舆情', 'opinion.negativeEvents', steps([2, 0.2], [1, 0.5], [0, 1]), 2, {
    reason: `${OBJECTIVE}；无负面舆情得满分`,
    advice: '建立区域品牌舆情监测和质量事件应对机制',
    direction: 'lower',
  }),
]

// ── stations (优秀指导站) ─────────────────────────────────────────────────────────────────────────────────
const s = { re: ind('reach'), qu: ind('quality'), ri: ind('risk') }
const STATION: IndicatorDef[] = [
  s.re('S1.clients', 'S1', '服务市场主体数（同组比较）', 'station.clientsServed', peerRank(200), 12, {
    reason: '服务覆盖面是指导站的首要成效（申报表要求近三年数据）；按同省比较',
    advice: '主动走访辖区企业，扩大服务覆盖面',
  }),
  s.re('S1.growth', 'S1', '服务市场主体增长', 'station.clientsServed', growth(0.2), 8, {
    reason: '服务量的增长，年增长 20% 得满分',
    advice: '通过线上服务和上门走访服务更多主体',
  }),
  s.re('S2.modes', 'S2', '服务方式', 'station.modesUsed', steps([1, 0.4], [2, 0.7], [3, 1]), 5, {
    reason: '到站、上门、线上三种方式都开展的得满分',
    advice: '在到站咨询之外开展上门走访和线上服务',
  }),
  s.re('S2.topics', 'S2', '服务主题覆盖', 'station.topicsCovered', steps([2, 0.4], [4, 0.7], [6, 1]), 5, {
    reason: '覆盖注册、维权、融资、海外等 6 个以上主题得满分',
    advice: '补充薄弱的服务主题（如质押融资、海外布局）',
  }),
  s.re('S3.linked', 'S3', '对接服务参加行动的品牌（同组比较）', 'station.linkedParticipants', peerRank(20), 5, {
    reason: '对接服务参加行动的企业和区域品牌是指导站的专项任务',
    advice: '与辖区参加行动的企业、区域品牌建立对接关系',
  }),
  s.qu('S4.followUp', 'S4', '按期回访率', 'station.followUpOnTimeRate', linear(0.5, 0.95), 15, {
    reason: '回访是服务质量的关键，权重为本维度最高；95% 按期得满分；无待回访时不适用',
    advice: '在服务记录中设定回访日期并按期完成',
  }),
  s.qu('S4.noShow', 'S4', '预约爽约率', 'station.noShowRate', linear(0.3, 0.02), 10, {
    reason: '爽约率低说明预约确认和提醒到位；2% 以下得满分，30% 以上不得分',
    advice: '预约前一天提醒服务对象，及时确认或改期',
    direction: 'lower',
  }),
  s.qu('S4.cancel', 'S4', '预约取消率', 'station.cancellationRate', linear(0.4, 0.05), 8, {
    reason: '取消率体现预约安排的稳定性；5% 以下得满分',
    advice: '合理设置可预约时段，避免因指导站原因取消',
    direction: 'lower',
  }),
  s.qu('S4.visits', 'S4', '服务记录数（同组比较）', 'station.visits', peerRank(300), 7, {
    reason: '服务记录完整是服务质量可核验的前提',
    advice: '每次服务后完整填写服务记录',
  }),
  s.ri('S5.alerts', 'S5', '服务对象风险预警期限内处置率', 'station.clientAlertsHandledOnTimeRate', linear(0.5, 1), 20, {
    reason: '帮助服务对象在最后期限前应对风险是指导站的核心价值；无预警时不适用',
    advice: '跟踪服务对象的风险预警，在最后期限前提供指导',
  }),
  s.ri('S5.alertsVolume', 'S5', '协助处置的风险预警', 'station.clientAlertsHandled', steps([1, 0.5], [10, 1]), 5, {
    reason: '处置量体现风险应对的工作量，10 次以上得满分',
    advice: '主动查看服务对象的风险预警并协助处置',
  }),
]

export const DEFAULT_EVALUATION_CONFIG: EvaluationConfig = {
  version: '2026.1',
  title: '千企百城商标品牌价值评价方法（默认）',
  changelog: ['2026.1：首版，依据附件 6、7 评价参考要点及优秀指导站评价要求'],
  minGroupSize: 5,
  tracks: {
    enterprise: {
      dimensions: dims({
        economic: [30, '品牌的经济价值是评价的首要依据，占比最高'],
        social: [20, '就业、增收与社会责任，企业品牌的社会效益'],
        brand: [25, '战略、制度、研发、知识产权是品牌可持续的内在支撑'],
        influence: [25, '市场地位、海外布局、消费者评价与外部认可'],
      }),
      indicators: ENTERPRISE,
      groupLevels: [
        ['track', 'field', 'province'],
        ['track', 'field'],
      ],
    },
    regional: {
      dimensions: dims({
        economic: [25, '产值、税收体现区域品牌的经济贡献'],
        social: [30, '区域品牌的核心是带动就业和中小企业发展，社会效益占比最高'],
        brand: [20, '管理规则、行业组织与知识产权'],
        influence: [25, '市场地位、海外布局、消费者评价与外部认可'],
      }),
      indicators: REGIONAL,
      groupLevels: [
        ['track', 'field', 'province'],
        ['track', 'field'],
      ],
    },
    station: {
      dimensions: [
        { key: 'reach', label: '服务规模', share: 35, reason: '服务对象数量、方式和主题覆盖' },
        { key: 'quality', label: '服务质量', share: 40, reason: '回访、预约履约和服务记录，占比最高' },
        { key: 'risk', label: '风险应对', share: 25, reason: '帮助服务对象按期应对商标风险' },
      ],
      indicators: STATION,
      groupLevels: [['track', 'province'], ['track']],
    },
  },
}
