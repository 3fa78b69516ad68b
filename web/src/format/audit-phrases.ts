// What each audited action did, as the phrase that follows its author ("{actor} …"), in Vietnamese and English.
// Actions on one kind of record whose phrases differ only in the verb name the record once.

/** A phrase in Vietnamese and in English. */
export type Phrase = readonly [vi: string, en: string];

/** "<verb> <record> {subject}" for each action: e.g. "tạo" + "bài toán", "created" + "the problem statement". */
function onRecord(record: Phrase, verbs: Record<string, Phrase>): Record<string, Phrase> {
  return Object.fromEntries(
    Object.entries(verbs).map(([action, [vi, en]]) => [
      action,
      [`${vi} ${record[0]} {subject}`, `${en} ${record[1]} {subject}`] as const,
    ]),
  );
}

/**
 * The phrase of each action. Placeholders: {subject} {startup} {fund} {member} {deal} {challenge} {mentor} {amount}
 * {from} {to} {email} {name} {when} {due} {period} {year} {day} {count} {rating} {metric} {version}.
 */
export const AUDIT_PHRASES: Record<string, Phrase> = {
  // Fund ledger
  'fund.create': ['lập quỹ {fund}', 'created the fund {fund}'],
  'fund.commitCapital': ['ghi nhận góp vốn {amount} của {member}', 'recorded a {amount} contribution from {member}'],
  'fund.changeCommitment': [
    'đổi cam kết góp vốn của {member} thành {amount}',
    'changed the commitment of {member} to {amount}',
  ],
  'fund.withdrawCommitment': ['huỷ cam kết góp vốn của {member}', 'withdrew the commitment of {member}'],
  'fund.payInCapital': ['ghi nhận {member} nộp {amount} vốn góp', 'recorded a {amount} pay-in from {member}'],
  'fund.createCapitalCall': [
    'phát lệnh gọi vốn của {fund}, hạn nộp {due}',
    'issued a capital call of {fund}, due {due}',
  ],
  'fund.recordFundingRound': [
    'ghi nhận vòng gọi vốn {amount} của {startup}',
    'recorded a {amount} funding round of {startup}',
  ],
  'fund.issueInvestmentDecision': [
    'ban hành quyết định đầu tư {amount} vào {startup}',
    'issued a decision to invest {amount} in {startup}',
  ],
  'fund.recordValuation': ['định giá {startup} ở mức {amount}', 'marked {startup} at {amount}'],
  'fund.recordExit': [
    'ghi nhận thoái vốn khỏi {startup}, thu về {amount}',
    'recorded an exit from {startup} returning {amount}',
  ],
  'fund.writeOff': ['ghi nhận xoá sổ khoản đầu tư vào {startup}', 'wrote off the investment in {startup}'],
  'fund.addRuleVersion': [
    'ban hành phiên bản {version} của một quy tắc của {fund}',
    'issued version {version} of a rule of {fund}',
  ],
  'fund.endRule': [
    'chấm dứt một quy tắc của {fund} bằng phiên bản {version}',
    'ended a rule of {fund} with version {version}',
  ],
  'fund.setVehicle': ['đặt hình thức pháp lý của {fund}', 'set the legal vehicle of {fund}'],
  // Deals
  'deal.setDueDiligenceAreas': ['đặt các hạng mục thẩm định của {fund}', 'set the due-diligence areas of {fund}'],
  'deal.create': [
    'mở thương vụ {deal} với {startup}, đề nghị {amount}',
    'opened the deal {deal} with {startup}, asking {amount}',
  ],
  'deal.move': ['chuyển thương vụ {deal} từ {from} sang {to}', 'moved the deal {deal} from {from} to {to}'],
  'deal.dueDiligenceFinding': [
    'ghi kết quả thẩm định cho thương vụ {deal}',
    'recorded a due-diligence finding on {deal}',
  ],
  'deal.openCommitteeMeeting': [
    'mở phiên họp hội đồng đầu tư về {deal}',
    'opened an investment committee meeting on {deal}',
  ],
  'deal.declareConflict': [
    'ghi nhận khai báo xung đột lợi ích của {member} về {deal}',
    'recorded the conflict-of-interest declaration of {member} on {deal}',
  ],
  'deal.castVote': ['ghi nhận phiếu biểu quyết của {member} về {deal}', 'recorded the vote of {member} on {deal}'],
  'deal.decide': ['ghi quyết định của hội đồng về {deal}: {to}', 'recorded the committee’s decision on {deal}: {to}'],
  'deal.uploadDocument': ['tải lên tài liệu {subject} cho thương vụ {deal}', 'uploaded {subject} to the deal {deal}'],
  // Startups and their progress
  'startup.created': ['tạo startup {subject}', 'created the startup {subject}'],
  'startup.updated': ['sửa hồ sơ của {subject}', 'edited the profile of {subject}'],
  'startup.moved': ['chuyển {subject} từ {from} sang {to}', 'moved {subject} from {from} to {to}'],
  'startup.cohort_assigned': ['đổi khoá của {subject}', 'changed the cohort of {subject}'],
  'startup.needs_set': ['cập nhật nhu cầu hỗ trợ của {startup}', 'set the support needs of {startup}'],
  'checklist.updated': ['cập nhật danh mục hồ sơ pháp lý của {startup}', 'updated the legal checklist of {startup}'],
  'metric_report.submitted': [
    'nộp báo cáo {period} của {startup}, doanh thu {amount}',
    'submitted the {period} report of {startup}, revenue {amount}',
  ],
  'milestone.created': ['thêm mốc “{subject}” cho {startup}', 'added the milestone “{subject}” for {startup}'],
  'milestone.updated': [
    'cập nhật mốc “{subject}” của {startup}: {to}',
    'updated the milestone “{subject}” of {startup}: {to}',
  ],
  'milestone.verified': ['xác nhận mốc “{subject}” của {startup}', 'verified the milestone “{subject}” of {startup}'],
  'pilot.created': ['ghi nhận thí điểm của {startup} với {subject}', 'recorded a pilot of {startup} with {subject}'],
  'pilot.updated': ['cập nhật thí điểm của {startup} với {subject}', 'updated the pilot of {startup} with {subject}'],
  'state-support.recorded': [
    'ghi nhận hỗ trợ nhà nước {amount} cho {startup}',
    'recorded {amount} of state support to {startup}',
  ],
  'rd-expense.recorded': [
    'ghi nhận chi phí nghiên cứu – phát triển {amount} của {startup}',
    'recorded {amount} of R&D spending by {startup}',
  ],
  'rd-profit.reported': [
    'báo cáo lợi nhuận trước thuế năm {year} của {startup}: {amount}',
    'reported the {year} pre-tax profit of {startup}: {amount}',
  ],
  // Programme, cohorts, sectors, targets
  'program.created': ['tạo chương trình {subject}', 'created the programme {subject}'],
  'program.gates_changed': ['sửa điều kiện chuyển giai đoạn của {subject}', 'changed the stage gates of {subject}'],
  'program.report_due_day_set': [
    'đặt hạn nộp báo cáo của {subject} là ngày {day} hằng tháng',
    'set the report due day of {subject} to day {day} of each month',
  ],
  ...onRecord(['khoá', 'the cohort'], {
    'cohort.created': ['mở', 'opened'],
    'cohort.updated': ['sửa', 'edited'],
  }),
  'sector.created': ['thêm lĩnh vực {name}', 'added the sector {name}'],
  'sector.renamed': ['đổi tên lĩnh vực thành {name}', 'renamed a sector to {name}'],
  'sector.merged': [
    'gộp lĩnh vực trùng {name} vào lĩnh vực được giữ',
    'merged the duplicate sector {name} into the one kept',
  ],
  'kpi.target_updated': ['sửa kế hoạch chỉ tiêu {metric}', 'changed the plan for {metric}'],
  // Problem statements, applications and reviews
  ...onRecord(['bài toán', 'the problem statement'], {
    'challenge.created': ['tạo', 'created'],
    'challenge.updated': ['sửa', 'edited'],
    'challenge.published': ['công bố', 'published'],
    'challenge.closed': ['đóng', 'closed'],
  }),
  'challenge.rubric_levels_set': [
    'đặt thang điểm cho một tiêu chí của {challenge}',
    'set the rubric levels of a criterion of {challenge}',
  ],
  'application.submitted': [
    'nộp hồ sơ {subject} cho bài toán {challenge}',
    'submitted the application {subject} to {challenge}',
  ],
  ...onRecord(['hồ sơ', 'the application'], {
    'application.scored': ['chấm điểm', 'scored'],
    'application.feedback_set': ['viết nhận xét cho', 'wrote feedback for'],
    'application.appealed': ['khiếu nại kết quả của', 'appealed the result of'],
    'application.appeal_answered': ['trả lời khiếu nại của', 'answered the appeal of'],
    'review.declared': ['khai báo xung đột lợi ích trước khi chấm', 'declared conflicts of interest before reviewing'],
  }),
  'application.selected': [
    'chọn đội {subject} của bài toán {challenge} vào chương trình',
    'selected the team {subject} from {challenge} into the programme',
  ],
  'review.assigned': ['phân công người chấm cho {challenge}', 'assigned reviewers to {challenge}'],
  'review.shortlisted': [
    'chọn {count} hồ sơ vào vòng trong của {challenge}',
    'shortlisted {count} applications of {challenge}',
  ],
  'review.winners': ['công bố {count} đội thắng của {challenge}', 'named {count} winners of {challenge}'],
  'review.decisions_sent': [
    'gửi kết quả tới {count} hồ sơ của {challenge}',
    'sent the results to {count} applications of {challenge}',
  ],
  // Public–private partnership
  'legal-document.created': ['thêm văn bản pháp lý {subject}', 'added the legal document {subject}'],
  ...onRecord(['nhiệm vụ ưu tiên', 'the priority task'], {
    'priority-task.created': ['tạo', 'created'],
    'priority-task.updated': ['sửa', 'edited'],
    'priority-task.published': ['công bố', 'published'],
    'priority-task.closed': ['đóng', 'closed'],
  }),
  'ppp-proposal.submitted': [
    'gửi đề xuất hợp tác công – tư {subject}',
    'submitted the public–private proposal {subject}',
  ],
  'ppp-proposal.moved': [
    'chuyển đề xuất hợp tác công – tư {subject} sang {to}',
    'moved the public–private proposal {subject} to {to}',
  ],
  'ppp-proposal.converted': [
    'kết luận đề xuất hợp tác công – tư {subject}: {to}',
    'concluded the public–private proposal {subject}: {to}',
  ],
  ...onRecord(['đối tác chiến lược', 'the strategic partner'], {
    'partner.created': ['thêm', 'added'],
    'partner.updated': ['sửa thông tin', 'edited'],
  }),
  'partner.agreement-added': ['thêm thoả thuận với đối tác {subject}', 'added an agreement with {subject}'],
  // Mentors
  'mentor.invited': ['mời cố vấn {subject}', 'invited the mentor {subject}'],
  'mentor.updated': ['sửa hồ sơ cố vấn {subject}', 'edited the mentor profile of {subject}'],
  'mentor.assigned': ['giao cố vấn {mentor} cho {startup}', 'assigned the mentor {mentor} to {startup}'],
  'mentor.assignment_ended': [
    'kết thúc việc cố vấn {mentor} hỗ trợ {startup}',
    'ended the mentoring of {startup} by {mentor}',
  ],
  'office_hours.published': ['mở giờ tư vấn của {mentor} lúc {when}', 'published office hours of {mentor} at {when}'],
  'office_hours.withdrawn': ['rút một giờ tư vấn của {mentor}', 'withdrew office hours of {mentor}'],
  'office_hours.booked': [
    'đặt giờ tư vấn với {mentor} cho {startup}',
    'booked office hours with {mentor} for {startup}',
  ],
  'office_hours.cancelled': ['huỷ một buổi tư vấn với {mentor}', 'cancelled a session with {mentor}'],
  'office_hours.notes_written': ['ghi biên bản buổi tư vấn với {mentor}', 'wrote the notes of a session with {mentor}'],
  'office_hours.rated': ['chấm {rating}/5 cho buổi tư vấn với {mentor}', 'rated a session with {mentor} {rating}/5'],
  // Accounts and invitations
  'user.created': ['tạo tài khoản cho {subject}', 'created an account for {subject}'],
  'user.active_changed': ['đổi trạng thái tài khoản của {subject}: {to}', 'changed the account of {subject}: {to}'],
  'user.password_changed': ['đổi mật khẩu của mình', 'changed their password'],
  'user.password_reset': ['đặt lại mật khẩu của {subject}', 'reset the password of {subject}'],
  'invitation.created': ['gửi lời mời tới {email}', 'sent an invitation to {email}'],
  'invitation.accepted': ['nhận lời mời ({email})', 'accepted an invitation ({email})'],
};
