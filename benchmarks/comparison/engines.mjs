// The shared-base applicant clauses, as users of the two JavaScript rule engines would write them, each collecting the
// ids of the failed clauses (which is what a LiveCommerce.Rules report gives, with measured values and citations).
import { Engine } from 'json-rules-engine';
import jsonLogic from 'json-logic-js';

// asOf 2023-03-01: the operator must have run for a full year, so it started on or before 2022-03-01.
const OPERATING_SINCE = '2022-03-01';
const RURAL_ACCEPTED_BY = '2020-10-31';
const dateNumber = (s) => (s ? Number(s.replaceAll('-', '')) : Number.POSITIVE_INFINITY);
const sum = (xs, key) => xs.reduce((t, x) => t + x[key], 0);

/** json-rules-engine: one rule per clause (its pass condition); a failed clause is a rule in failureResults. */
export function jsonRulesEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  // Sums and dates are not expressible in the rule JSON: json-rules-engine users add them as computed facts.
  engine.addFact('tenantsTotal', (_p, almanac) => almanac.factValue('monthly2022').then((ms) => sum(ms, 'tenants')));
  engine.addFact('liveRoomsTotal', (_p, almanac) => almanac.factValue('monthly2022').then((ms) => sum(ms, 'liveRooms')));
  engine.addFact('investmentTotal', (_p, almanac) => almanac.factValue('investments').then((xs) => sum(xs, 'amount')));
  engine.addFact('operationStart', (_p, almanac) => almanac.factValue('operator').then((o) => dateNumber(o.operationStartDate)));
  engine.addFact('ruralAcceptance', (_p, almanac) => almanac.factValue('ruralDemonstrationFunding').then((r) => dateNumber(r?.nationalAcceptanceDate)));
  const rule = (name, conditions) => engine.addRule({ name, conditions, event: { type: name } });
  const is = (fact, path, value) => ({ fact, path, operator: 'equal', value });
  rule('HLJ-BASE-OPERATOR', { all: [is('operator', '$.isLegalEntity', true), { fact: 'operationStart', operator: 'lessThanInclusive', value: dateNumber(OPERATING_SINCE) }] });
  rule('HLJ-BASE-AREA', { all: [{ fact: 'buildingArea', operator: 'greaterThanInclusive', value: 2000 }] });
  rule('HLJ-BASE-TENANTS', { all: [{ fact: 'tenantsTotal', operator: 'greaterThanInclusive', value: 120 }] });
  rule('HLJ-BASE-LIVE-ROOMS', { all: [{ fact: 'liveRoomsTotal', operator: 'greaterThanInclusive', value: 120 }] });
  rule('HLJ-BASE-RETAIL', { all: [{ fact: 'onlineRetail2022', operator: 'greaterThanInclusive', value: 30_000_000 }] });
  rule('HLJ-BASE-INVESTMENT', { all: [{ fact: 'investmentTotal', operator: 'greaterThanInclusive', value: 5_000_000 }] });
  rule('HLJ-BASE-AUDIT', { all: ['provided', 'firmQualified', 'coversInvestment', 'coversOnlineRetail'].map((k) => is('auditReport', `$.${k}`, true)) });
  rule('HLJ-BASE-COMMITMENT', { all: [{ fact: 'authenticityCommitmentSigned', operator: 'equal', value: true }] });
  rule('HLJ-BASE-NO-DOUBLE-SUPPORT', { all: [{ fact: 'previouslySupportedAsProvincialBase', operator: 'equal', value: false }] });
  rule('HLJ-BASE-RURAL-PROJECT', {
    any: [
      { fact: 'ruralDemonstrationFunding', operator: 'equal', value: undefined },
      { fact: 'ruralDemonstrationFunding', path: '$.funded', operator: 'equal', value: false },
      { fact: 'ruralAcceptance', operator: 'lessThanInclusive', value: dateNumber(RURAL_ACCEPTED_BY) },
    ],
  });
  return async (application) => {
    const { failureResults } = await engine.run(application);
    return failureResults.map((r) => r.name);
  };
}

/** json-logic-js: one logic expression per clause (its pass condition), applied in turn. */
export function jsonLogicJs() {
  const v = (path) => ({ var: path });
  const total = (array, key) => ({ reduce: [v(array), { '+': [v('accumulator'), v(`current.${key}`)] }, 0] });
  const clauses = [
    ['HLJ-BASE-OPERATOR', { and: [{ '===': [v('operator.isLegalEntity'), true] }, { '<=': [v('operator.operationStartDate'), OPERATING_SINCE] }] }],
    ['HLJ-BASE-AREA', { '>=': [v('buildingArea'), 2000] }],
    ['HLJ-BASE-TENANTS', { '>=': [total('monthly2022', 'tenants'), 120] }],
    ['HLJ-BASE-LIVE-ROOMS', { '>=': [total('monthly2022', 'liveRooms'), 120] }],
    ['HLJ-BASE-RETAIL', { '>=': [v('onlineRetail2022'), 30_000_000] }],
    ['HLJ-BASE-INVESTMENT', { '>=': [total('investments', 'amount'), 5_000_000] }],
    ['HLJ-BASE-AUDIT', { and: ['provided', 'firmQualified', 'coversInvestment', 'coversOnlineRetail'].map((k) => ({ '===': [v(`auditReport.${k}`), true] })) }],
    ['HLJ-BASE-COMMITMENT', { '===': [v('authenticityCommitmentSigned'), true] }],
    ['HLJ-BASE-NO-DOUBLE-SUPPORT', { '===': [v('previouslySupportedAsProvincialBase'), false] }],
    ['HLJ-BASE-RURAL-PROJECT', {
      or: [
        { '!': v('ruralDemonstrationFunding.funded') },
        { and: [v('ruralDemonstrationFunding.nationalAcceptanceDate'), { '<=': [v('ruralDemonstrationFunding.nationalAcceptanceDate'), RURAL_ACCEPTED_BY] }] },
      ],
    }],
  ];
  return (application) => {
    const failed = [];
    for (const [id, logic] of clauses) if (!jsonLogic.apply(logic, application)) failed.push(id);
    return failed;
  };
}

/** Plain JavaScript ifs over the same object: the JavaScript floor. */
export function handWrittenJs() {
  return (a) => {
    const failed = [];
    if (!(a.operator.isLegalEntity && a.operator.operationStartDate <= OPERATING_SINCE)) failed.push('HLJ-BASE-OPERATOR');
    if (!(a.buildingArea >= 2000)) failed.push('HLJ-BASE-AREA');
    if (!(sum(a.monthly2022, 'tenants') >= 120)) failed.push('HLJ-BASE-TENANTS');
    if (!(sum(a.monthly2022, 'liveRooms') >= 120)) failed.push('HLJ-BASE-LIVE-ROOMS');
    if (!(a.onlineRetail2022 >= 30_000_000)) failed.push('HLJ-BASE-RETAIL');
    if (!(sum(a.investments, 'amount') >= 5_000_000)) failed.push('HLJ-BASE-INVESTMENT');
    const r = a.auditReport;
    if (!(r.provided && r.firmQualified && r.coversInvestment && r.coversOnlineRetail)) failed.push('HLJ-BASE-AUDIT');
    if (!a.authenticityCommitmentSigned) failed.push('HLJ-BASE-COMMITMENT');
    if (a.previouslySupportedAsProvincialBase) failed.push('HLJ-BASE-NO-DOUBLE-SUPPORT');
    const f = a.ruralDemonstrationFunding;
    if (f?.funded && !(f.nationalAcceptanceDate && f.nationalAcceptanceDate <= RURAL_ACCEPTED_BY)) failed.push('HLJ-BASE-RURAL-PROJECT');
    return failed;
  };
}
