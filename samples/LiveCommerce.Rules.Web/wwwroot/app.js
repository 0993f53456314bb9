// LiveCommerce.Rules page: plain JavaScript, no build step, no third-party code. Every text from the server is put
// into the page with textContent (never innerHTML).
'use strict';

const I18N = {
  'zh-CN': {
    tagline: '直播电商政策规则评估', tabEvaluate: '评估申报', tabGoals: '目标进度', apiLink: 'API(OpenAPI)',
    program: '规则集', sample: '载入示例', upload: '上传 JSON 文件', asOf: '评估日期', facts: '申报数据(JSON)',
    factsPlaceholder: '粘贴 JSON、上传文件或载入示例', evaluate: '评估', schema: '数据结构(JSON Schema)',
    path: 'JSON 路径', code: '代码', message: '说明', given: '提交值', findings: '逐条结论', rule: '规则',
    clause: '条款(原文)', outcomeCol: '结论', measuredRequired: '实际 / 要求', explanation: '说明', amounts: '金额',
    amountLabel: '项目', amountKind: '类型', amountValue: '金额', formula: '计算', parameters: '适用参数',
    fingerprint: '指纹(SHA-256)', goalsTitle: '省级目标进度', noGoals: '目录中没有目标集(id 以 -goals 结尾的规则集)。',
    goalSet: '目标集', goalFacts: '进度数据(JSON)', showProgress: '查看进度',
    goalStatus: { Met: '已达成', NotYetDue: '未到期', NotMet: '逾期未达成', FigureMissing: '缺少数据' },
    footer: '结论依据所引政策原文;“原则上”条款不满足时为提示,不构成否决。',
    chooseSample: '— 选择示例 —', noSamples: '(没有示例)', loading: '正在加载…', evaluating: '正在评估…',
    done: '评估完成。', emptyFacts: '请先粘贴、上传或载入申报数据。', networkError: '无法连接服务器:',
    loadedSample: '已载入示例', loadedFile: '已载入文件', document: '文件', issued: '发布', status: '状态',
    window: '适用期间', deadlines: '截止日期', rules: '条规则', asOfLabel: '评估日期', version: '版本',
    cap: '上限', measured: '实测', required: '要求',
    windowStatus: { closed: '已截止', 'not-yet-open': '尚未开放' },
    failedCount: (failed, total) => `共 ${total} 条,不符合 ${failed} 条`,
    outcome: { Met: '符合', NotMet: '不符合', Warning: '提示(原则上)', NotApplicable: '不适用', NotEvaluated: '未评估', EvidenceIncomplete: '证明材料不全',
      MetWithWarnings: '符合(有提示)', Incomplete: '不完整' },
    docStatus: { InForce: '现行有效', Draft: '征求意见稿', Expired: '已失效' },
    severity: { Mandatory: '强制', InPrinciple: '原则上', Informational: '参考' },
  },
  en: {
    tagline: 'Live-commerce policy rules, explained', tabEvaluate: 'Evaluate', tabGoals: 'Goal progress', apiLink: 'API (OpenAPI)',
    program: 'Programme', sample: 'Load a sample', upload: 'Upload a JSON file', asOf: 'As of', facts: 'Application (JSON)',
    factsPlaceholder: 'Paste JSON, upload a file or load a sample', evaluate: 'Evaluate', schema: 'Facts schema (JSON Schema)',
    path: 'JSON path', code: 'Code', message: 'Message', given: 'Given', findings: 'Findings, clause by clause', rule: 'Rule',
    clause: 'Clause (verbatim)', outcomeCol: 'Outcome', measuredRequired: 'Measured / required', explanation: 'Explanation', amounts: 'Amounts',
    amountLabel: 'Item', amountKind: 'Kind', amountValue: 'Amount', formula: 'Formula', parameters: 'Parameters in force',
    fingerprint: 'Fingerprint (SHA-256)', goalsTitle: 'Provincial goal progress', noGoals: 'The catalog has no goal sets (rule sets whose id ends in -goals).',
    goalSet: 'Goal set', goalFacts: 'Progress figures (JSON)', showProgress: 'Show progress',
    goalStatus: { Met: 'met', NotYetDue: 'not yet due', NotMet: 'missed (deadline passed)', FigureMissing: 'figure missing' },
    footer: 'Findings follow the cited clauses; an unmet in-principle (原则上) clause is a warning, not a refusal.',
    chooseSample: '— choose a sample —', noSamples: '(no samples)', loading: 'Loading…', evaluating: 'Evaluating…',
    done: 'Evaluated.', emptyFacts: 'Paste, upload or load an application first.', networkError: 'Cannot reach the server: ',
    loadedSample: 'Loaded sample', loadedFile: 'Loaded file', document: 'Document', issued: 'issued', status: 'Status',
    window: 'Applies', deadlines: 'Deadlines', rules: 'rules', asOfLabel: 'As of', version: 'version',
    cap: 'cap', measured: 'measured', required: 'required',
    windowStatus: { closed: 'programme closed', 'not-yet-open': 'not yet open' },
    failedCount: (failed, total) => `${failed} of ${total} clauses not met`,
    outcome: { Met: 'Met', NotMet: 'Not met', Warning: 'Warning (in principle)', NotApplicable: 'Not applicable', NotEvaluated: 'Not evaluated', EvidenceIncomplete: 'Evidence incomplete',
      MetWithWarnings: 'Met with warnings', Incomplete: 'Incomplete' },
    docStatus: { InForce: 'In force', Draft: 'Draft for comment', Expired: 'Expired' },
    severity: { Mandatory: 'mandatory', InPrinciple: 'in principle', Informational: 'informational' },
  },
};

const UNITS = {
  Count: { 'zh-CN': '', en: '' }, Yuan: { 'zh-CN': '元', en: 'CNY' }, SquareMetres: { 'zh-CN': 'm²', en: 'm²' },
  Hours: { 'zh-CN': '小时', en: 'h' }, Percent: { 'zh-CN': '%', en: '%' }, Months: { 'zh-CN': '个月', en: 'months' },
  Days: { 'zh-CN': '天', en: 'days' }, Years: { 'zh-CN': '年', en: 'years' }, Points: { 'zh-CN': '分', en: 'points' },
};
const COMPARISONS = { AtLeast: '≥', MoreThan: '>', AtMost: '≤', LessThan: '<' };

const state = { lang: 'zh-CN', programs: [], samples: [], goalSets: [], lastReport: null, lastProblems: null, lastGoal: null, parameterUnits: {} };

const $ = (id) => document.getElementById(id);
const t = (key) => I18N[state.lang][key] ?? key;
const loc = (text) => (text == null ? '' : state.lang === 'en' ? text.en : text.zhCn);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-') || key === 'title' || key === 'href') node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children.flat()) {
    if (child != null) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Dates and months (2022-03, 2023-06-30) in a text, each kept on one line: a month list must not break inside a date.
function withDates(text) {
  const parts = String(text).split(/(\d{4}-\d{2}(?:-\d{2})?(?:\.\.\d{4}-\d{2}(?:-\d{2})?)?)/);
  return parts.map((part, i) => (i % 2 === 1 ? el('span', { class: 'date', text: part }) : part)).filter((p) => p !== '');
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function formatNumber(value, unit) {
  const locale = state.lang === 'en' ? 'en-US' : 'zh-CN';
  if (unit === 'Yuan') {
    const yuan = '¥' + Number(value).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    // Large amounts also as the documents write them: 万元 (10⁴) and 亿元 (10⁸).
    const abs = Math.abs(Number(value));
    const scaled = abs >= 1e8 ? `${(Number(value) / 1e8).toLocaleString(locale, { maximumFractionDigits: 4 })} 亿元`
      : abs >= 1e4 ? `${(Number(value) / 1e4).toLocaleString(locale, { maximumFractionDigits: 2 })} 万元` : null;
    return scaled ? (state.lang === 'en' ? `${yuan} (${scaled})` : `${yuan}(${scaled})`) : yuan;
  }
  const n = Number(value).toLocaleString(locale, { maximumFractionDigits: 4 });
  const u = UNITS[unit]?.[state.lang] ?? '';
  return u === '' ? n : u === '%' ? `${n}%` : `${n} ${u}`;
}

function setStatus(target, text, isError) {
  target.textContent = text;
  target.classList.toggle('error', Boolean(isError));
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

// ---- language and tabs -------------------------------------------------------------------------------------------

function applyLanguage(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const button of document.querySelectorAll('.lang-btn')) button.classList.toggle('active', button.dataset.lang === lang);
  renderProgramOptions();
  renderSampleOptions();
  renderProgramInfo();
  renderGoalSetOptions();
  if (state.lastReport) renderReport(state.lastReport);
  if (state.lastProblems) renderProblems(state.lastProblems);
  if (state.lastGoal) renderGoal(state.lastGoal);
}

function showTab(name) {
  for (const button of document.querySelectorAll('.tab')) button.classList.toggle('active', button.dataset.tab === name);
  $('panel-evaluate').hidden = name !== 'evaluate';
  $('panel-goals').hidden = name !== 'goals';
}

// ---- programmes and samples --------------------------------------------------------------------------------------

function renderProgramOptions() {
  const select = $('program');
  const current = select.value;
  select.replaceChildren(...state.programs.filter((p) => !p.isGoalSet).map((p) => el('option', { value: p.id, text: `${loc(p.title)} (${p.id})` })));
  if (current) select.value = current;
}

function renderProgramInfo() {
  const program = state.programs.find((p) => p.id === $('program').value);
  const info = $('program-info');
  if (!program) { info.replaceChildren(); return; }
  const parts = [
    el('span', { class: 'doc', text: `${t('document')}: 《${loc(program.document.title)}》` }),
    ` ${loc(program.document.issuer)}, ${t('issued')} ${program.document.issuedOn}${program.document.reference ? ` (${program.document.reference})` : ''}`,
    el('br'),
    `${t('status')}: ${t('docStatus')[program.status] ?? program.status} · ${t('version')} ${program.version} · ${program.ruleCount} ${t('rules')}`,
  ];
  if (program.effectiveWindow) parts.push(` · ${t('window')}: ${program.effectiveWindow.start} – ${program.effectiveWindow.end}`);
  if (program.deadlines.length) parts.push(` · ${t('deadlines')}: ${program.deadlines.map((d) => `${loc(d.label)} ${d.date}`).join('; ')}`);
  info.replaceChildren(...parts);
  $('schema-link').href = program.links.schema;
}

function renderSampleOptions() {
  for (const [selectId, goals] of [['sample', false], ['goal-sample', true]]) {
    const select = $(selectId);
    const list = state.samples.filter((s) => s.programId && (state.programs.find((p) => p.id === s.programId)?.isGoalSet ?? false) === goals);
    select.replaceChildren(el('option', { value: '', text: list.length ? t('chooseSample') : t('noSamples') }),
      ...list.map((s) => el('option', { value: s.url, text: `${s.folder}/${s.file} → ${s.programId}` })));
  }
}

async function loadSample(url, programSelect, textarea, statusTarget) {
  if (!url) return;
  const sample = state.samples.find((s) => s.url === url);
  const response = await fetch(url);
  if (!response.ok) { setStatus(statusTarget, `${url}: HTTP ${response.status}`, true); return; }
  textarea.value = await response.text();
  if (sample?.programId) { programSelect.value = sample.programId; renderProgramInfo(); }
  setStatus(statusTarget, `${t('loadedSample')}: ${sample ? `${sample.folder}/${sample.file}` : url}`);
}

// ---- evaluation --------------------------------------------------------------------------------------------------

async function evaluate(url, body, statusTarget) {
  setStatus(statusTarget, t('evaluating'));
  let response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body });
  } catch (error) {
    setStatus(statusTarget, t('networkError') + error.message, true);
    return null;
  }
  const isJson = (response.headers.get('Content-Type') ?? '').includes('json');
  const payload = isJson ? await response.json() : { title: `HTTP ${response.status}`, detail: await response.text() };
  return { ok: response.ok, status: response.status, payload };
}

async function onEvaluate(event) {
  event.preventDefault();
  const facts = $('facts').value.trim();
  if (!facts) { setStatus($('status'), t('emptyFacts'), true); return; }
  const program = $('program').value;
  const url = `/programs/${encodeURIComponent(program)}/evaluate?asOf=${encodeURIComponent($('as-of').value || today())}&lang=${state.lang}`;
  $('evaluate').disabled = true;
  try {
    const result = await evaluate(url, facts, $('status'));
    if (!result) return;
    if (result.ok) {
      state.lastReport = result.payload; state.lastProblems = null;
      // The parameters' units come with the programme's rules; a failure only costs the units.
      if (!state.parameterUnits[program]) {
        try {
          const rules = await getJson(`/programs/${encodeURIComponent(program)}/rules`);
          state.parameterUnits[program] = Object.fromEntries(rules.parameters.map((d) => [d.key, d.unit]));
        } catch { state.parameterUnits[program] = {}; }
      }
      renderReport(result.payload);
      setStatus($('status'), t('done'));
    } else {
      state.lastReport = null; state.lastProblems = { ...result.payload, url, body: facts };
      renderProblems(state.lastProblems);
      setStatus($('status'), `HTTP ${result.status}: ${result.payload.title ?? ''}`, true);
    }
  } finally {
    $('evaluate').disabled = false;
  }
}

function describeRequired(required) {
  if (!required) return '';
  return `${COMPARISONS[required.comparison] ?? required.comparison} ${formatNumber(required.bound.value, required.bound.unit)} (${required.wording})`;
}

function renderReport(report) {
  $('problems-section').hidden = true;
  $('report').hidden = false;
  $('report-title').textContent = loc(report.title);
  const badge = $('outcome');
  badge.className = `badge o-${report.outcome}`;
  badge.textContent = t('outcome')[report.outcome] ?? report.outcome;
  badge.dataset.outcome = report.outcome;
  $('report-meta').textContent = `${report.ruleSetId} ${t('version')} ${report.ruleSetVersion} · ${t('asOfLabel')} ${report.asOf} · ${t('status')}: ${t('docStatus')[report.status] ?? report.status}`;
  $('notices').replaceChildren(...report.notices.map((n) => el('li', { 'data-code': n.code, text: loc(n.message) })));
  // Dated after the deadline or before the opening: never a plain "met".
  const windowLine = $('window');
  windowLine.hidden = !report.window;
  windowLine.dataset.status = report.window?.status ?? '';
  windowLine.textContent = report.window ? loc(report.window.message) : '';
  if (report.window) badge.textContent += ` · ${t('windowStatus')[report.window.status] ?? report.window.status}`;
  const failed = report.findings.filter((f) => f.outcome === 'NotMet' || f.outcome === 'EvidenceIncomplete').length;
  $('failed-count').textContent = t('failedCount')(failed, report.findings.length);

  $('findings').tBodies[0].replaceChildren(...report.findings.map((f) => {
    const citation = f.citation;
    return el('tr', { class: `row-${f.outcome}`, 'data-rule-id': f.ruleId, 'data-outcome': f.outcome },
      el('td', { class: 'rule', text: f.ruleId, title: t('severity')[f.severity] ?? f.severity }),
      el('td', { class: 'citation' },
        el('span', { class: 'section', text: citation.section }), ' ',
        el('span', { class: 'verbatim', text: `「${citation.clause}」` }),
        // The English summary only in the English view: the Chinese view shows the clause itself.
        state.lang === 'en' ? el('span', { class: 'summary', text: citation.summary }) : null,
        el('span', { class: 'doc', text: `《${loc(citation.document.title)}》` })),
      el('td', { class: 'outcome' }, el('span', { class: `badge o-${f.outcome}`, text: t('outcome')[f.outcome] ?? f.outcome })),
      el('td', { class: 'numbers' },
        f.measured ? el('div', { text: `${t('measured')}: ${formatNumber(f.measured.value, f.measured.unit)}` }) : null,
        f.required ? el('div', { text: `${t('required')}: ${describeRequired(f.required)}` }) : null,
        f.amount ? el('div', { text: `${t('cap')}: ${formatNumber(f.amount.value, 'Yuan')}` }) : null),
      el('td', { class: 'message' }, loc(f.message),
        f.notes.length ? el('ul', { class: 'notes' }, f.notes.map((n) => el('li', null, withDates(loc(n))))) : null));
  }));

  $('amounts-section').hidden = report.amounts.length === 0;
  $('amounts').tBodies[0].replaceChildren(...report.amounts.map((a) => el('tr', {},
    el('td', { text: loc(a.label) }), el('td', { text: a.kind === 'Cap' ? t('cap') : t('measured') }),
    el('td', { class: 'num', text: formatNumber(a.value, 'Yuan') }), el('td', { text: a.formula }))));
  $('parameters').tBodies[0].replaceChildren(...Object.entries(report.parameters).map(([key, value]) => el('tr', {},
    el('td', { text: key }), el('td', { class: 'num', text: formatNumber(value, state.parameterUnits[report.ruleSetId]?.[key] ?? 'Count') }))));
  $('fingerprint').textContent = report.fingerprint;
}

function renderProblems(problem) {
  $('report').hidden = true;
  $('problems-section').hidden = false;
  $('problems-title').textContent = `${problem.status ?? ''} ${problem.title ?? ''}`;
  $('problems-detail').textContent = problem.detail ?? '';
  $('problems').tBodies[0].replaceChildren(...(problem.problems ?? []).map((p) => el('tr', { 'data-path': p.path, 'data-code': p.code },
    el('td', {}, el('code', { text: p.path })), el('td', { text: p.code }), el('td', { text: p.message }), el('td', { text: p.attemptedValue ?? '' }))));
}

// ---- goals -------------------------------------------------------------------------------------------------------

function renderGoalSetOptions() {
  const empty = state.goalSets.length === 0;
  $('goals-empty').hidden = !empty;
  $('goals-form').hidden = empty;
  const select = $('goal-set');
  const current = select.value;
  select.replaceChildren(...state.goalSets.map((g) => el('option', { value: g.url, text: `${loc(g.jurisdiction)} · ${loc(g.title)} (${g.programId})` })));
  if (current) select.value = current;
}

async function onGoals(event) {
  event.preventDefault();
  const facts = $('goal-facts').value.trim();
  if (!facts) { setStatus($('goal-status'), t('emptyFacts'), true); return; }
  const base = $('goal-set').value;
  const url = `${base}${base.includes('?') ? '&' : '?'}asOf=${encodeURIComponent($('goal-as-of').value || today())}&lang=${state.lang}`;
  const result = await evaluate(url, facts, $('goal-status'));
  if (!result) return;
  if (result.ok) {
    state.lastGoal = result.payload;
    renderGoal(result.payload);
    setStatus($('goal-status'), t('done'));
  } else {
    $('goal-result').hidden = true;
    const problems = (result.payload.problems ?? []).map((p) => `${p.path} [${p.code}] ${p.message}`).join('\n');
    setStatus($('goal-status'), `HTTP ${result.status}: ${result.payload.title ?? ''} ${result.payload.detail ?? ''}\n${problems}`, true);
  }
}

function renderGoal(report) {
  $('goal-result').hidden = false;
  $('goal-title').textContent = loc(report.title);
  const met = report.goals.filter((g) => g.status === 'Met').length;
  const badge = $('goal-outcome');
  badge.className = `badge o-${met === report.goals.length ? 'Met' : 'Incomplete'}`;
  badge.textContent = `${met} / ${report.goals.length} ${t('goalStatus').Met}`;
  $('goal-notices').replaceChildren(...report.notices.map((n) => el('li', { text: loc(n.message) })));
  $('goal-bars').replaceChildren(...report.goals.map((g) => {
    const css = GOAL_CSS[g.status] ?? 'NotEvaluated';
    const share = typeof g.percentOfTarget === 'number' ? Math.max(0, Math.min(1, g.percentOfTarget / 100)) : 0;
    const fill = el('div', { class: `bar-fill o-${css}` });
    fill.style.width = `${(share * 100).toFixed(1)}%`; // CSSOM, allowed by the content security policy
    const value = typeof g.value === 'number' ? formatNumber(g.value, g.target.bound.unit) : '—';
    const percent = typeof g.percentOfTarget === 'number' ? ` (${Number(g.percentOfTarget).toLocaleString(undefined, { maximumFractionDigits: 2 })}%)` : '';
    return el('div', { class: 'bar-row', 'data-indicator': g.indicator, 'data-status': g.status },
      el('div', { class: 'bar-label' }, loc(g.label), el('code', { text: `${g.indicator} · ${g.citation.section} · ${g.deadline}` })),
      el('div', { class: 'bar-track', title: `${Math.round(share * 100)}%` }, fill),
      el('div', { class: 'bar-value' },
        `${value} / ${describeRequired(g.target)}${percent} `,
        el('span', { class: `badge o-${css}`, text: t('goalStatus')[g.status] ?? g.status })));
  }));
}

// Goal statuses borrow the finding colours.
const GOAL_CSS = { Met: 'Met', NotMet: 'NotMet', NotYetDue: 'Warning', FigureMissing: 'NotEvaluated' };

// ---- start -------------------------------------------------------------------------------------------------------

async function start() {
  for (const button of document.querySelectorAll('.lang-btn')) button.addEventListener('click', () => applyLanguage(button.dataset.lang));
  for (const button of document.querySelectorAll('.tab')) button.addEventListener('click', () => showTab(button.dataset.tab));
  $('as-of').value = today();
  $('goal-as-of').value = today();
  $('program').addEventListener('change', renderProgramInfo);
  $('sample').addEventListener('change', (e) => loadSample(e.target.value, $('program'), $('facts'), $('status')));
  $('goal-sample').addEventListener('change', async (e) => {
    const sample = state.samples.find((s) => s.url === e.target.value);
    await loadSample(e.target.value, { value: '' }, $('goal-facts'), $('goal-status'));
    const goal = state.goalSets.find((g) => g.programId === sample?.programId);
    if (goal) $('goal-set').value = goal.url;
  });
  $('file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    $('facts').value = await file.text();
    setStatus($('status'), `${t('loadedFile')}: ${file.name}`);
  });
  $('evaluate-form').addEventListener('submit', onEvaluate);
  $('goals-form').addEventListener('submit', onGoals);

  setStatus($('status'), t('loading'));
  try {
    [state.programs, state.samples, state.goalSets] = await Promise.all([getJson('/programs'), getJson('/samples'), getJson('/goals')]);
    applyLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN');
    setStatus($('status'), '');
    document.body.dataset.ready = 'true';
  } catch (error) {
    setStatus($('status'), t('networkError') + error.message, true);
  }
}

start();
