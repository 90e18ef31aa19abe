// Toneless pinyin for the characters trademark names in this app are built from (the seed's brand, product and
// industry words, the demo marks, the gazette generator's vocabulary and their common homophones).
// A character missing from the table stands for itself, so a name with unknown characters still matches on
// identical characters, one character different and containment; only the homophone test needs the table.
// Polyphonic characters carry their usual reading in brand names (长 chang, 行 xing, 乐 le, 重 chong).
// prettier-ignore
const BY_SYLLABLE: Record<string, string> = {
  an: '安岸', ao: '奥澳傲', bai: '百白佰', bao: '宝包保葆堡', bei: '北贝倍', ben: '本奔', bi: '必碧壁', bian: '编边',
  bo: '博波柏泊', bu: '不部步布', cai: '材彩才财', can: '餐灿', cha: '茶', chang: '长常昌畅', che: '车', chen: '晨辰陈',
  cheng: '城成程诚橙承', chi: '吃驰池', chong: '重崇', chou: '绸', chu: '厨初楚', chuan: '川传船', chuang: '创', chun: '春纯',
  ci: '刺瓷慈', cu: '醋', cui: '翠', da: '大达', dao: '道稻', de: '德得', di: '地迪帝', dian: '电典', diao: '雕',
  ding: '鼎顶丁定', dong: '东冬', du: '都渡', duo: '多', fa: '发', fang: '方芳纺坊', fei: '飞菲', fen: '粉芬',
  feng: '丰峰风枫锋', fu: '福富府甫服馥', gang: '钢港', gao: '高', gu: '菇古谷', guan: '管冠', guang: '光广', gong: '工宫',
  guo: '果国', hai: '海', hang: '航杭', hao: '好豪', he: '禾和合河荷', heng: '恒衡', hong: '宏鸿红虹', hu: '湖虎',
  hua: '华花化', huang: '黄皇', hui: '辉惠慧汇徽', ji: '及机技吉集际', jia: '嘉佳家加', jian: '建健件剑', jiang: '江姜疆将',
  jiao: '椒娇', jie: '捷杰', jin: '金锦今津', jing: '镜京晶景', jiu: '九久酒玖', ju: '居具聚', jun: '君骏', kai: '凯开',
  kang: '康', ke: '科可', lan: '兰蓝', le: '乐', li: '理利丽力立', lian: '联连莲', liang: '粮良', liao: '料', lin: '林霖',
  ling: '灵岭', liu: '流六', long: '隆龙', lu: '卤鹿路', luo: '络洛', lv: '绿旅', ma: '马', mao: '茂', mei: '美媒梅', mi: '米蜜',
  min: '闽民敏', ming: '明名铭', mu: '木', nan: '南', nong: '农', pin: '品', ping: '苹平', qi: '漆七齐奇器气汽脐启',
  qian: '千乾', qiao: '巧', qing: '青清庆晴', quan: '泉全', rui: '瑞睿锐', ri: '日', run: '润', shan: '山善',
  shang: '商上尚', sheng: '盛胜圣生', shi: '世石食饰时诗', shu: '术书', shui: '水', si: '丝思', su: '宿苏素', sui: '穗岁',
  tai: '泰太胎台态', tang: '唐堂', tao: '陶桃', tian: '天田甜', tong: '通同童', tu: '图土', tuo: '脱拓', wan: '万湾',
  wang: '网旺王', wei: '味维威', wen: '文温', wu: '五物武吾', xi: '息喜溪西', xia: '夏霞', xian: '鲜仙先', xiang: '香箱祥湘',
  xiao: '小晓', xie: '械鞋谢', xin: '信心新欣馨鑫', xing: '兴星行', xiu: '绣锈秀', xuan: '选轩', ya: '雅亚',
  yan: '眼岩燕', yang: '阳洋扬', yao: '药耀', ye: '业叶', yi: '医益艺怡', yin: '银饮印', ying: '英盈鹰', yong: '永勇泳',
  you: '优柚油游友', yu: '宇雨玉语裕', yuan: '源圆元园原缘远', yue: '越悦月岳', yun: '韵云运', ze: '泽', zhan: '展站',
  zhen: '臻真珍', zheng: '政正', zhi: '制织至智', zhong: '中众忠', zhou: '州洲舟周', zhu: '竹珠', zhuo: '卓', zi: '子紫',
}

export const PINYIN: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>()
  for (const [syllable, chars] of Object.entries(BY_SYLLABLE)) for (const c of chars) if (!m.has(c)) m.set(c, syllable)
  return m
})()

/** Toneless pinyin of a run of Chinese characters; unknown characters stay as they are. */
export function pinyinOf(han: string): string {
  let out = ''
  for (const c of han) out += PINYIN.get(c) ?? c
  return out
}

/** Other characters with the same toneless pinyin in the table (for planting homophones in test data). */
export function homophonesOf(c: string): string[] {
  const syllable = PINYIN.get(c)
  return syllable ? [...BY_SYLLABLE[syllable]].filter((x) => x !== c && PINYIN.get(x) === syllable) : []
}

/** Every character the table knows. */
export const KNOWN_CHARACTERS: readonly string[] = [...PINYIN.keys()]
