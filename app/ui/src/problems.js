// Server errors (RFC 9457 problem+json) in Chinese. The server names each bad field by its JSON
// path (`admin.email`) and says the rule in English; the clerk reads it in Chinese next to the field.

const STATUS = {
  400: '提交的内容有误',
  401: '登录已失效，请重新登录',
  403: '没有权限执行此操作',
  404: '不存在，或你无权查看',
  409: '与当前状态冲突',
  412: '内容已被他人修改，请刷新后重试',
  413: '提交的内容过大',
  415: '提交的格式不受支持',
  422: '同一请求标识已用于不同的内容',
  503: '服务暂时不可用，请稍后重试',
}

import { typeLabel } from './evidence.js'

const megabytes = (bytes) => (Number(bytes) / 1024 / 1024).toFixed(0)

// The rules the server states, as patterns of its English text, each with the Chinese a clerk reads.
const RULES = [
  [/^must not be blank/, () => '不能为空'],
  [/^must be at most (\d+) characters?/, (m) => `最多 ${m[1]} 个字符`],
  [/^must have at most (\d+) characters?/, (m) => `最多 ${m[1]} 个字符`],
  [/^must be 2 to 64 lower-case letters, digits or '-', starting with a letter/, () => '须为 2–64 位小写字母、数字或“-”，以字母开头'],
  [/^must be 3 to 64 lower-case letters, digits, '\.', '_' or '-'/, () => '须为 3–64 位小写字母、数字、“.”、“_”或“-”'],
  [/^must be an e-mail address/, () => '须为电子邮箱地址'],
  [/^must be the code of an existing jurisdiction/, () => '须为已登记行政区划的代码'],
  [/^must be the year of the (scheme )?copy \(1990 to 2100\)/, () => '须为方案副本的年度（1990–2100）'],
  [/^must have at least (\d+) characters/, (m) => `至少 ${m[1]} 个字符`],
  [/^must name either a file, or a tenant and its scheme/, () => '须选择方案文件，或某租户的某个方案（二选一）'],
  [/^must name the first scheme admin/, () => '须填写首位效能办管理员（用户名、邮箱）'],
  [/^must not contain any of (.*)$/, (m) => `不能包含以下字符：${m[1]}`],
  [/^must not contain control, bidi, zero-width or unassigned characters/, () => '不能包含控制字符、双向控制字符或零宽字符'],
  [/^must be one of (.*)$/, (m) => `须为以下之一：${m[1]}`],
  [/^must be an integer/, () => '须为整数'],
  [/^must be a number/, () => '须为数字'],
  [/^must be a string/, () => '须为文本'],
  [/^must be true or false/, () => '须为“是”或“否”'],
  [/^must not be null/, () => '不能为空'],
  [/^must be well-formed JSON/, () => '不是合法的 JSON 文件'],
  [/^must be a JSON object/, () => '须为 JSON 对象'],
  [/^must name a file of tenant-schemes\//, () => '须为系统内置的方案文件，如 xingan/yangguang-2006.scheme.json'],
  [/^must be 1 to 64 lower-case letters, digits or '-'/, () => '须为 1–64 位小写字母、数字或“-”'],
  [/^must be 1 to 64 letters, digits, '\.', '_' or '-'/, () => '须为 1–64 位字母、数字、“.”、“_”或“-”'],
  [/^must be the number of a published version of the scheme/, () => '须为该方案已发布的版本号'],
  [/^must be a year from 1990 to 2100/, () => '须为 1990–2100 之间的年度'],
  [/^must be a date written as/, () => '须为日期，如 2026-01-31'],
  [/^must not be before entryOpens/, () => '截止日期不能早于开始日期'],
  [/^must list at least one unit/, () => '至少填写一个单位'],
  [/^an assessor needs the agency it scores for/, () => '考核单位须选择其负责的考核科室'],
  [/^a unit reporter needs its unit/, () => '填报员须选择其所在单位'],
  [/^must be points written as a decimal string/, () => '须为分值，最多两位小数，如 4.5'],
  [/^must be at most ([0-9.]+), the points of indicator/, (m) => `不能超过该指标的分值 ${m[1]}`],
  [/^must be OPEN or CLOSED/, () => '须为“进行中”或“已关闭”'],
  [/^unknown field/, () => '不认识的字段'],
  [/is another account's/, () => '已被其他账号使用'],
  [/has more than 2 decimals/, () => '最多两位小数'],
  // evidence files (EvidenceResource): checked by size and by content
  [/^must be at most (\d+) bytes/, (m) => `文件过大：最多 ${megabytes(m[1])} MB`],
  [/^must be the file \(not empty\)/, () => '文件是空的'],
  [/^must be a file of an allowed type \((.*)\), recognised by its content/,
    (m) => `文件类型不受支持：只接受 ${m[1].split(', ').map(typeLabel).join('、')} 文件（按文件内容识别，不看扩展名）`],
  [/^must name the unit the evidence is for/, () => '须指明证明材料所属的单位'],
  [/^is not a unit of cycle/, () => '不是本考核年度的被考评单位'],
  [/^must be evidence:<id> as the upload answered/, () => '须为上传后得到的证明材料编号（evidence:编号）'],
  [/^names no evidence uploaded for unit (\S+) in this cycle/, (m) => `不是本年度为单位 ${m[1]} 上传的证明材料`],
  // bonus applications and the facts their approval makes (the engine's checks of a rule's fields)
  [/^must be a rule of an indicator that applies to unit/, () => '须为适用于该单位的加分项目'],
  [/^(\S+) is outside the range (\S+)–(\S+) of/, (m) => `${m[1]} 超出范围，须在 ${m[2]} 至 ${m[3]} 之间`],
  [/^is required by \S+ \(one of (.*)\)/, (m) => `必填，须为以下之一：${m[1]}`],
  [/^unknown \w+ "(.*)" for \S+ \(one of (.*)\)/, (m) => `“${m[1]}”不是可选项，须为以下之一：${m[2]}`],
  // 桂林 14 以上扣分项目以市委督查和绩效考评办公室通报为依据: a fact of such a rule names its evidence
  [/^is required by \S+ \(以(.*)为依据\)/, (m) => `必填：以${m[1]}为依据`],
  [/^is required/, () => '必填'],
]

/** A rule of the server in Chinese; a rule this table does not know is shown as the server says it. */
export function ruleInChinese(rule) {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(rule || '')
    if (m) return say(m)
  }
  return rule
}

/**
 * What a clerk reads for a problem: the server's own reason when it gives one in Chinese (a refusal or a
 * conflict: `xgjyj 的自评尚未提交，无需退回。`), else the status. The detail of invalid input only repeats its
 * field errors in English (`evidence: is required by 4/r1 (以…为依据)`), which are shown in Chinese by their fields.
 */
export function problemMessage(problem) {
  const detail = problem?.detail || ''
  if (!problem?.errors?.length && /[\u4e00-\u9fff]/.test(detail)) return detail
  return STATUS[problem?.status] || `请求失败（${problem?.status ?? '网络错误'}）`
}

/**
 * The field errors of a problem by field path, in Chinese: `{'admin.email': '须为电子邮箱地址'}`.
 * Several rules on one field are joined.
 */
export function fieldErrors(problem) {
  const out = {}
  for (const e of problem?.errors || []) {
    const text = ruleInChinese(e.rule)
    out[e.field] = out[e.field] ? `${out[e.field]}；${text}` : text
  }
  return out
}
