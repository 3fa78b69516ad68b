// The printable and downloadable documents of the fund under the law, in Vietnamese or English: a member's capital
// account statement (PDF and CSV), a capital call notice per member (PDF), and the annual risk report to the
// People's Committee (PDF). Every figure printed is the figure the API answers.
import { citationIn, formatBp, formatVnd, type Locale } from '@launchpad/shared';
import { toCsv } from '../../exports/csv';
import { renderPdf, type Content } from '../../exports/pdf';
import type { AnnualReport, MemberStatement } from './service';
import type { SettledCallView, SettledLineView } from './read';
import {
  actionText,
  exitKindText,
  levelText,
  ruleKindText,
  ruleLimitText,
  stageText,
  vehicleText,
} from './document-labels';

type Lang = 'VI' | 'EN';
const loc = (lang: Lang): Locale => (lang === 'EN' ? 'en' : 'vi');
const T = (lang: Lang, vi: string, en: string) => (lang === 'EN' ? en : vi);

function table(rows: (string | Content)[][], widths?: (string | number)[]): Content {
  return {
    table: { headerRows: 1, widths: widths ?? rows[0]!.map(() => '*'), body: rows },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 10],
  };
}

function pairs(lang: Lang, items: [string, string, string][]): Content {
  return table(
    [[T(lang, 'Chỉ tiêu', 'Item'), T(lang, 'Giá trị', 'Value')], ...items.map(([vi, en, v]) => [T(lang, vi, en), v])],
    ['*', 'auto'],
  );
}

// ---- Member statement ----

export function statementCsv(s: MemberStatement, lang: Lang): string {
  const header = [
    T(lang, 'Quỹ', 'Fund'),
    T(lang, 'Thành viên', 'Member'),
    T(lang, 'Từ ngày', 'From'),
    T(lang, 'Đến ngày', 'To'),
    T(lang, 'Cam kết (đồng)', 'Committed (VND)'),
    T(lang, 'Đã gọi vốn (đồng)', 'Called (VND)'),
    T(lang, 'Đã góp (đồng)', 'Paid (VND)'),
    T(lang, 'Góp trong kỳ (đồng)', 'Paid in period (VND)'),
    T(lang, 'Còn phải góp (đồng)', 'Outstanding (VND)'),
    T(lang, 'Phân phối (đồng)', 'Distributions (VND)'),
    T(lang, 'Phần NAV (đồng)', 'Share of NAV (VND)'),
    T(lang, 'Tỷ lệ (điểm cơ bản)', 'Share (basis points)'),
  ];
  return toCsv(header, [
    [
      s.fundName,
      s.memberName,
      s.from,
      s.to,
      s.committed,
      s.called,
      s.paid,
      s.paidInPeriod,
      s.outstanding,
      s.distributions,
      s.navShare,
      s.shareBp,
    ],
  ]);
}

export function statementPdf(s: MemberStatement, lang: Lang): Promise<Buffer> {
  const l = loc(lang);
  const v = (x: bigint) => formatVnd(x, l);
  return renderPdf({
    info: { title: T(lang, 'Sao kê tài khoản vốn', 'Capital account statement') },
    content: [
      {
        text: T(lang, 'SAO KÊ TÀI KHOẢN VỐN THÀNH VIÊN', 'MEMBER CAPITAL ACCOUNT STATEMENT'),
        fontSize: 14,
        bold: true,
      },
      { text: s.fundName, margin: [0, 4, 0, 0] },
      { text: `${T(lang, 'Thành viên', 'Member')}: ${s.memberName}` },
      { text: `${T(lang, 'Kỳ', 'Period')}: ${s.from} – ${s.to}`, margin: [0, 0, 0, 8] },
      pairs(lang, [
        ['Vốn cam kết', 'Committed', v(s.committed)],
        ['Đã gọi vốn', 'Called', v(s.called)],
        ['Đã góp', 'Paid', v(s.paid)],
        ['Góp trong kỳ', 'Paid in the period', v(s.paidInPeriod)],
        ['Còn phải góp', 'Outstanding', v(s.outstanding)],
        ['Phân phối', 'Distributions', v(s.distributions)],
        ['Phần NAV', 'Share of NAV', v(s.navShare)],
        ['Tỷ lệ góp vốn', 'Share of paid-in capital', formatBp(s.shareBp, l)],
      ]),
      { text: T(lang, 'Các lần góp vốn trong kỳ', 'Pay-ins in the period'), bold: true },
      table([[T(lang, 'Ngày', 'Date'), T(lang, 'Số tiền', 'Amount')], ...s.payments.map((p) => [p.date, v(p.amount)])]),
    ],
  });
}

// ---- Capital call notice ----

export function noticePdf(fundName: string, call: SettledCallView, line: SettledLineView, lang: Lang): Promise<Buffer> {
  const l = loc(lang);
  return renderPdf({
    info: { title: T(lang, 'Thông báo gọi vốn', 'Capital call notice') },
    content: [
      { text: T(lang, 'THÔNG BÁO GỌI VỐN', 'CAPITAL CALL NOTICE'), fontSize: 14, bold: true },
      { text: fundName, margin: [0, 4, 0, 8] },
      { text: `${T(lang, 'Kính gửi', 'To')}: ${line.memberName}`, margin: [0, 0, 0, 8] },
      pairs(lang, [
        ['Ngày gọi vốn', 'Call date', call.callDate],
        ['Hạn góp', 'Due date', call.dueDate],
        ['Tỷ lệ gọi vốn trên cam kết', 'Share of the commitment called', formatBp(call.percentBp, l)],
        ['Số tiền phải góp', 'Amount due', formatVnd(line.amount, l)],
        ['Đã góp', 'Paid', formatVnd(line.paid, l)],
        ['Còn lại', 'Remaining', formatVnd(line.amount - line.paid, l)],
      ]),
    ],
  });
}

// ---- The annual risk report ----

export function annualReportPdf(r: AnnualReport, lang: Lang): Promise<Buffer> {
  const l = loc(lang);
  const v = (x: bigint) => formatVnd(x, l);
  const h = (vi: string, en: string): Content => ({
    text: T(lang, vi, en),
    bold: true,
    fontSize: 12,
    margin: [0, 8, 0, 2],
  });
  const cap = (limit: string, citation: string) => `${limit} (${citationIn(citation, l)})`;
  return renderPdf({
    info: { title: T(lang, 'Báo cáo rủi ro hằng năm', 'Annual risk report') },
    content: [
      {
        text: T(lang, `BÁO CÁO RỦI RO NĂM ${r.year}`, `ANNUAL RISK REPORT ${r.year}`),
        fontSize: 15,
        bold: true,
      },
      { text: T(lang, 'Kính gửi: Ủy ban nhân dân Thành phố', "To: the People's Committee") },
      { text: `${r.fundName} — ${T(lang, 'số liệu đến ngày', 'figures as of')} ${r.asOf}`, margin: [0, 0, 0, 6] },
      ...(r.vehicle
        ? [{ text: `${T(lang, 'Hình thức', 'Vehicle')}: ${vehicleText(r.vehicle.kind, l)} — ${r.vehicle.legalBasis}` }]
        : []),
      h('1. Vốn điều lệ và phần vốn nhà nước', '1. Charter capital and the state share'),
      pairs(lang, [
        ['Vốn điều lệ', 'Charter capital', v(r.charterCapital)],
        ['Vốn nhà nước cam kết', 'State committed', v(r.stateCommitted)],
        ['Tỷ lệ vốn nhà nước', 'State share', formatBp(r.stateShareBp, l)],
        ['Giới hạn tỷ lệ', 'Share cap', cap(formatBp(r.stateShareCapBp, l), r.stateShareCitation)],
        ['Nhà nước còn có thể cam kết (theo tỷ lệ)', 'State headroom under the share cap', v(r.stateShareHeadroom)],
        ...(r.stateBudgetLimit !== null
          ? ([
              ['Giới hạn ngân sách', 'Budget cap', cap(v(r.stateBudgetLimit), r.stateBudgetCitation ?? '')],
              ['Ngân sách còn có thể góp', 'Budget headroom', v(r.stateBudgetHeadroom ?? 0n)],
            ] as [string, string, string][])
          : []),
        ['NAV', 'NAV', v(r.nav)],
        ['Vốn đã góp', 'Paid-in capital', v(r.paidIn)],
      ]),
      h('2. Danh mục theo giai đoạn', '2. Portfolio by stage'),
      table([
        [T(lang, 'Giai đoạn', 'Stage'), T(lang, 'Số startup', 'Startups')],
        ...r.stages.map((s) => [stageText(s.stage, l), String(s.count)]),
      ]),
      table([
        [
          T(lang, 'Khoản đầu tư trong chu kỳ', 'Holding of the cycle'),
          T(lang, 'Giá vốn', 'Cost'),
          T(lang, 'Giá trị', 'Value'),
          T(lang, 'Tổn thất', 'Loss'),
        ],
        ...r.loss.holdings.map((x) => [x.startupName, v(x.cost), v(x.value), v(x.loss)]),
      ]),
      h('3. Đầu tư và thoái vốn trong năm', '3. Investments and exits of the year'),
      pairs(lang, [
        ['Số khoản đầu tư', 'Investments', String(r.investments.length)],
        ['Tổng vốn đầu tư trong năm', 'Invested in the year', v(r.investedInYear)],
        ['Số khoản thoái vốn / xóa sổ', 'Exits and write-offs', String(r.exits.length)],
        ['Tổng tiền thu về', 'Proceeds in the year', v(r.proceedsInYear)],
      ]),
      table([
        [T(lang, 'Ngày', 'Date'), 'Startup', T(lang, 'Số tiền', 'Amount')],
        ...r.investments.map((i) => [i.date, i.startupName, v(i.amount)]),
        ...r.exits.map((e) => [e.date, `${e.startupName} (${exitKindText(e.kind, l)})`, v(e.proceeds)]),
      ]),
      h('4. Tổn thất so với ngưỡng', '4. Losses against the threshold'),
      pairs(lang, [
        ['Đầu chu kỳ đầu tư', 'Investment cycle from', r.loss.cycleStart],
        ['Tổn thất đã thực hiện', 'Realized losses', v(r.loss.realized)],
        ['Tổn thất chưa thực hiện', 'Unrealized losses', v(r.loss.unrealized)],
        ['Tổng tổn thất', 'Total losses', v(r.loss.losses)],
        [
          'Ngưỡng',
          'Threshold',
          `${v(r.loss.threshold)} (${formatBp(r.loss.limitBp, l)}; ${citationIn(r.loss.citation, l)})`,
        ],
        ['Mức sử dụng ngưỡng', 'Threshold used', formatBp(r.loss.usedBp, l)],
        ['Đánh giá', 'Assessment', levelText(r.loss.level, l)],
      ]),
      h('5. Thay đổi quy định trong năm', '5. Rule changes of the year'),
      table(
        [
          [
            T(lang, 'Hiệu lực từ', 'Effective from'),
            T(lang, 'Quy định', 'Rule'),
            T(lang, 'Phiên bản', 'Version'),
            T(lang, 'Giới hạn', 'Limit'),
            T(lang, 'Căn cứ', 'Citation'),
          ],
          ...r.ruleChanges.map((c) => [
            c.effectiveFrom,
            ruleKindText(c.kind, l),
            String(c.version),
            ruleLimitText(c.kind, c.limit, c.minimum, l),
            citationIn(c.citation, l),
          ]),
        ],
        ['auto', 'auto', 'auto', 'auto', '*'],
      ),
      h('6. Các giao dịch bị từ chối', '6. Refusals of the year'),
      { text: `${T(lang, 'Số lần từ chối', 'Refusals')}: ${r.refusals.length}` },
      table(
        [
          [
            T(lang, 'Ngày', 'Date'),
            T(lang, 'Giao dịch', 'Write'),
            T(lang, 'Quy định', 'Rule'),
            T(lang, 'Căn cứ', 'Citation'),
          ],
          ...r.refusals.map((x) => [
            x.onDate,
            actionText(x.action, l),
            x.version === null
              ? ruleKindText(x.kind, l)
              : `${ruleKindText(x.kind, l)} (${T(lang, 'phiên bản', 'version')} ${x.version})`,
            citationIn(x.citation, l),
          ]),
        ],
        ['auto', 'auto', 'auto', '*'],
      ),
      ...(lang === 'EN' && r.refusals.length > 0
        ? [
            { text: 'The refusals as the API answered them:', margin: [0, 4, 0, 2] } as Content,
            { ul: r.refusals.map((x) => x.message) } as Content,
          ]
        : []),
    ],
  });
}
