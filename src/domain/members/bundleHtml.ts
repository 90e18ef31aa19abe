// The non-use defence bundle as ONE self-contained HTML document (no scripts, no external style sheet):
// a cover with the mark, the window and the warnings, an index table (no., date, who, what, which evidence)
// whose rows link to one section per entry, the evidence files (images embedded as data: URIs when the caller
// has their bytes, otherwise linked), the coverage per window year and the excluded items with their reason.
// Fact relied on: a browser, WeChat's file preview and a word processor all open a .html file with inline
// <style> and data: images without network access, so the file can be mailed or attached as it is.
import type { BundleEntry, UseEvidenceBundle } from './bundle'

export interface BundleFile {
  name: string
  /** data:image/...;base64,… — embedded */
  dataUri?: string
  /** an authorised URL to open the file (used when there is no data URI) */
  href?: string
}

export interface BundleHtmlOptions {
  /** Beijing "YYYY-MM-DD HH:mm" the document was produced */
  generatedAt: string
  /** who produced it (shown on the cover) */
  generatedBy: string
  /** resolves an evidence file id; undefined = not found (listed as missing) */
  file: (fileId: string) => BundleFile | undefined
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c])

/** Download name: 撤三答辩使用证据-<mark>-<from>至<to>.html (characters a file system refuses are dropped). */
export const bundleFileName = (b: Pick<UseEvidenceBundle, 'mark' | 'window'>): string =>
  `撤三答辩使用证据-${b.mark.name}-${b.window.from}至${b.window.to}.html`.replace(/[\\/:*?"<>|\s]+/g, '')

const who = (e: Pick<BundleEntry, 'who'>) =>
  `${escapeHtml(e.who.name)}<br><small>${e.who.role === 'holder' ? '商标注册人' : '被许可使用人'} · ${escapeHtml(e.who.uscc)}</small>`

function fileBlock(fileId: string, opts: BundleHtmlOptions): string {
  const f = opts.file(fileId)
  if (!f) return `<li class="missing">附件 ${escapeHtml(fileId)}：文件未找到，请补充原件</li>`
  const name = escapeHtml(f.name)
  if (f.dataUri) return `<li><figure><img src="${escapeHtml(f.dataUri)}" alt="${name}"><figcaption>${name}</figcaption></figure></li>`
  if (f.href) return `<li><a href="${escapeHtml(f.href)}">${name}</a></li>`
  return `<li>${name}</li>`
}

const STYLE = `body{font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2329;margin:24px auto;max-width:960px;padding:0 16px;line-height:1.6}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #c8161d;padding-bottom:4px;margin-top:32px}h3{font-size:16px;margin:0 0 8px}
table{border-collapse:collapse;width:100%;font-size:14px}.scroll{overflow-x:auto}.scroll table{min-width:640px}td.nowrap{white-space:nowrap}th,td{border:1px solid #d0d3d9;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f5f6f8}
small{color:#646a73}.warn{background:#fff7e6;border:1px solid #ffd591;padding:8px 12px;border-radius:4px}.missing{color:#c8161d}
section.entry{border:1px solid #d0d3d9;border-radius:6px;padding:12px 16px;margin:16px 0;page-break-inside:avoid}
ul.files{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:12px}figure{margin:0}img{max-width:280px;max-height:280px;border:1px solid #d0d3d9}
figcaption{font-size:12px;color:#646a73}@media print{a{color:inherit}}`

/** Renders the bundle; the same input gives the same bytes (no clock read here). */
export function renderBundleHtml(b: UseEvidenceBundle, opts: BundleHtmlOptions): string {
  const title = `“${b.mark.name}”商标使用证据（${b.window.from} 至 ${b.window.to}）`
  const rows = b.entries
    .map(
      (e) =>
        `<tr><td><a href="#e${e.no}">${e.no}</a></td><td class="nowrap">${e.on}</td><td>${who(e)}</td><td>${escapeHtml(e.what)}</td>` +
        `<td>${escapeHtml(e.description)}</td><td>${e.fileIds.length} 个文件</td></tr>`,
    )
    .join('\n')
  const sections = b.entries
    .map(
      (e) =>
        `<section class="entry" id="e${e.no}"><h3>证据 ${e.no} · ${e.on} · ${escapeHtml(e.what)}</h3>` +
        `<p>使用人：${who(e)}</p>` +
        (e.licence ? `<p>当日有效许可：${e.licence.start} 至 ${e.licence.end}</p>` : '') +
        (e.products.length ? `<p>商品：${e.products.map(escapeHtml).join('、')}</p>` : '') +
        `<p>说明：${escapeHtml(e.description)}</p><p><small>证据编号 ${escapeHtml(e.evidenceId)}</small></p>` +
        `<ul class="files">${e.fileIds.map((f) => fileBlock(f, opts)).join('')}</ul></section>`,
    )
    .join('\n')
  const coverage = b.coverage.map((c) => `<tr><td>${c.from} 至 ${c.to}</td><td>${c.count}</td></tr>`).join('')
  const licensees = b.licensees
    .map((l) => `<tr><td>${escapeHtml(l.name)}</td><td>${escapeHtml(l.uscc)}</td><td>${l.entries}</td></tr>`)
    .join('')
  const excluded = b.excluded
    .map(
      (x) =>
        `<tr><td>${x.on}</td><td>${escapeHtml(x.who.name)}</td><td>${escapeHtml(x.evidenceId)}</td><td>${escapeHtml(x.reason)}</td></tr>`,
    )
    .join('')
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>注册号 ${escapeHtml(b.mark.regNo)} · 商标注册人 ${escapeHtml(b.holder.name)}（${escapeHtml(b.holder.uscc)}）</p>
<p><small>生成时间 ${escapeHtml(opts.generatedAt)} · 生成人 ${escapeHtml(opts.generatedBy)} · 共 ${b.entries.length} 项证据</small></p>
${b.warnings.length ? `<div class="warn">${b.warnings.map((w) => `<p>${escapeHtml(w)}</p>`).join('')}</div>` : ''}
<h2>一、证据目录</h2>
<div class="scroll"><table><thead><tr><th>序号</th><th>日期</th><th>使用人</th><th>证据类型</th><th>内容</th><th>附件</th></tr></thead><tbody>
${rows || '<tr><td colspan="6">所选期间没有可用的使用证据</td></tr>'}
</tbody></table></div>
<h2>二、各年度证据数量</h2>
<table><thead><tr><th>期间</th><th>证据数</th></tr></thead><tbody>${coverage}</tbody></table>
${licensees ? `<h2>三、被许可使用人</h2><table><thead><tr><th>名称</th><th>统一社会信用代码</th><th>证据数</th></tr></thead><tbody>${licensees}</tbody></table>` : ''}
<h2>${licensees ? '四' : '三'}、证据明细</h2>
${sections}
${excluded ? `<h2>未收录的证据</h2><p><small>以下证据日期在所选期间内，但当日使用人不能使用该商标，未作为使用证据收录。</small></p><table><thead><tr><th>日期</th><th>使用人</th><th>证据编号</th><th>原因</th></tr></thead><tbody>${excluded}</tbody></table>` : ''}
</body></html>
`
}
