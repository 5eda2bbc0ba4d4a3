// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_generator.h"

#include "analytics/pipeline.h"
#include "analytics/value_model.h"
#include "domain/credit_code.h"
#include "domain/ids.h"
#include "domain/satisfaction.h"
#include "domain/stages.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace kam {

namespace {

constexpr int kChunk = 200; // accounts per transaction: progress and cancel granularity

struct City
{
    const char *name; // 南京
    const char *pinyin; // nanjing
    const char *region; // 华东
    const char *division; // administrative division code, the credit code's 3rd–8th characters
};

constexpr City kCities[] = {
    { "上海", "shanghai", "华东", "310000" },  { "南京", "nanjing", "华东", "320100" },
    { "苏州", "suzhou", "华东", "320500" },    { "杭州", "hangzhou", "华东", "330100" },
    { "宁波", "ningbo", "华东", "330200" },    { "济南", "jinan", "华东", "370100" },
    { "青岛", "qingdao", "华东", "370200" },   { "北京", "beijing", "华北", "110000" },
    { "天津", "tianjin", "华北", "120000" },   { "唐山", "tangshan", "华北", "130200" },
    { "太原", "taiyuan", "华北", "140100" },   { "广州", "guangzhou", "华南", "440100" },
    { "深圳", "shenzhen", "华南", "440300" },  { "佛山", "foshan", "华南", "440600" },
    { "厦门", "xiamen", "华南", "350200" },    { "成都", "chengdu", "西南", "510100" },
    { "重庆", "chongqing", "西南", "500000" }, { "昆明", "kunming", "西南", "530100" },
    { "沈阳", "shenyang", "东北", "210100" },  { "大连", "dalian", "东北", "210200" },
    { "长春", "changchun", "东北", "220100" }, { "哈尔滨", "harbin", "东北", "230100" },
    { "西安", "xian", "西北", "610100" },      { "兰州", "lanzhou", "西北", "620100" },
    { "武汉", "wuhan", "华中", "420100" },     { "长沙", "changsha", "华中", "430100" },
    { "郑州", "zhengzhou", "华中", "410100" }, { "洛阳", "luoyang", "华中", "410300" },
};

struct Industry
{
    const char *name; // stored industry
    const char *cnPattern; // %1 = brand word
    const char *enPattern; // %1 = brand word (pinyin or English)
    const char *slug; // e-mail domain part
    AccountKind kind;
    int weight;
};

constexpr Industry kIndustries[] = {
    { "钢铁", "%1钢铁集团有限公司", "%1 Iron & Steel Co., Ltd.", "steel", AccountKind::Enterprise,
      20 },
    { "电力", "%1电力股份有限公司", "%1 Power Generation Co., Ltd.", "power",
      AccountKind::Enterprise, 16 },
    { "工程机械", "%1重工机械股份有限公司", "%1 Heavy Machinery Co., Ltd.", "machinery",
      AccountKind::Enterprise, 16 },
    { "物流车队", "%1物流运输有限公司", "%1 Fleet & Logistics Ltd.", "logistics",
      AccountKind::Enterprise, 14 },
    { "汽车零部件", "%1汽车零部件有限公司", "%1 Auto Components Co., Ltd.", "autoparts",
      AccountKind::Enterprise, 14 },
    { "工业品分销", "%1工业品分销有限公司", "%1 Industrial Supply Co., Ltd.", "supply",
      AccountKind::Channel, 14 },
    { "建筑施工", "%1建设工程有限公司", "%1 Construction Engineering Co., Ltd.", "build",
      AccountKind::Enterprise, 4 },
    { "内部", "本公司%1销售大区", "Our %1 Sales Region", "internal", AccountKind::Internal, 1 },
    { "个人客户", "%1个体运输户", "%1 Owner-Operator", "owner", AccountKind::Consumer, 1 },
};

constexpr const char *kBrandWords[]
    = { "鑫", "宏", "华", "泰", "恒", "远", "盛", "兴", "通", "达",
        "瑞", "嘉", "隆", "博", "衡", "安", "润", "丰", "裕", "昌" };
constexpr const char *kBrandPinyin[]
    = { "Xin", "Hong", "Hua",  "Tai", "Heng", "Yuan", "Sheng", "Xing", "Tong", "Da",
        "Rui", "Jia",  "Long", "Bo",  "Heng", "An",   "Run",   "Feng", "Yu",   "Chang" };
static_assert(std::size(kBrandWords) == std::size(kBrandPinyin));

// Street names and development zones found in most Chinese cities, for plausible addresses.
constexpr const char *kRoads[] = { "人民路", "建设路", "解放路",   "中山路", "工业大道", "滨江路",
                                   "长江路", "黄河路", "发展大道", "创业路", "科技路",   "港湾路" };
constexpr const char *kZones[] = { "高新区", "经济技术开发区", "工业园区", "新区", "港区", "" };

// Account notes as a manager would jot them (some with commas, to exercise CSV quoting).
constexpr const char *kNotes[] = {
    "年度框架协议年底到期，需提前两个月启动续签。",
    "设备部更换负责人，新部长偏好国产品牌。",
    "付款周期 90 天，财务要求开具专票。",
    "Prefers quarterly business reviews on site, not by video.",
    "Tender every spring; shortlist decided by procurement, technical veto by maintenance.",
    "竞争对手报价低 8%，但交期不稳定。",
    "Key contact moved to the group office; ask for an introduction to the new buyer.",
    "计划明年新建两条产线，关注二期采购。",
};

struct Person
{
    const char *cn;
    const char *pinyin;
};
constexpr Person kSurnames[]
    = { { "王", "wang" }, { "李", "li" },   { "张", "zhang" }, { "刘", "liu" },
        { "陈", "chen" }, { "杨", "yang" }, { "赵", "zhao" },  { "黄", "huang" },
        { "周", "zhou" }, { "吴", "wu" },   { "徐", "xu" },    { "孙", "sun" },
        { "马", "ma" },   { "朱", "zhu" },  { "胡", "hu" },    { "郭", "guo" } };
constexpr Person kGivenNames[]
    = { { "伟", "wei" },       { "芳", "fang" },     { "娜", "na" },         { "敏", "min" },
        { "静", "jing" },      { "磊", "lei" },      { "强", "qiang" },      { "洋", "yang" },
        { "艳", "yan" },       { "勇", "yong" },     { "军", "jun" },        { "杰", "jie" },
        { "建国", "jianguo" }, { "海燕", "haiyan" }, { "志强", "zhiqiang" }, { "晓明", "xiaoming" },
        { "丽华", "lihua" },   { "文博", "wenbo" } };
constexpr const char *kEnglishFirst[] = { "David", "Emma",   "Michael", "Sophie", "Daniel",
                                          "Laura", "Thomas", "Anna",    "James",  "Julia" };
constexpr const char *kEnglishLast[] = { "Miller", "Schmidt", "Brown",  "Rossi",   "Meyer",
                                         "Taylor", "Dubois",  "Wilson", "Fischer", "Clark" };

struct Position
{
    const char *title;
    const char *department;
    BuyingRole role;
    int influence;
};
// The first is the top of the account's reporting line; the rest report to it or to the
// head of their department.
constexpr Position kPositions[] = {
    { "总经理", "总经理办公室", BuyingRole::DecisionMaker, 5 },
    { "采购总监", "采购部", BuyingRole::DecisionMaker, 4 },
    { "设备部部长", "设备部", BuyingRole::TechnicalBuyer, 4 },
    { "采购经理", "采购部", BuyingRole::Influencer, 3 },
    { "技术主管", "技术部", BuyingRole::TechnicalBuyer, 3 },
    { "生产经理", "生产部", BuyingRole::User, 3 },
    { "财务经理", "财务部", BuyingRole::Influencer, 3 },
    { "总经理助理", "总经理办公室", BuyingRole::Gatekeeper, 2 },
    { "设备工程师", "设备部", BuyingRole::User, 2 },
    { "质量经理", "质量部", BuyingRole::Coach, 2 },
};

struct Manager
{
    const char *name;
    const char *email;
};
constexpr Manager kManagers[] = { { "王伟", "wang.wei@kamdesk.example" },
                                  { "李静", "li.jing@kamdesk.example" },
                                  { "张磊", "zhang.lei@kamdesk.example" },
                                  { "David Chen", "david.chen@kamdesk.example" },
                                  { "Olivia Martin", "olivia.martin@kamdesk.example" } };

// What the demo's company sells to heavy industry: hydraulics, lubricants, wear parts and
// maintenance services (list prices in fen).
struct CatalogueItem
{
    const char *series;
    const char *name;
    qint64 listPriceMinor;
    int maxQuantity; ///< a deal orders 1 … this many
};
constexpr CatalogueItem kCatalogue[] = {
    { "液压件", "高压柱塞泵 HP-300", 4800000, 12 },
    { "液压件", "液压缸总成 HC-120", 2600000, 20 },
    { "润滑油", "工业齿轮油 L-CKD 320（200L）", 680000, 120 },
    { "润滑油", "抗磨液压油 L-HM 46（200L）", 520000, 150 },
    { "耐磨件", "耐磨衬板 WL-16", 350000, 200 },
    { "服务", "年度设备维保服务", 18000000, 2 },
    { "服务", "设备状态监测系统 CMS", 26000000, 2 },
};

constexpr const char *kDealTitles[] = {
    "%1年度润滑油框架协议", "二号产线液压系统改造", "设备状态监测系统试点", "耐磨衬板年度备件",
    "维保服务合同续签",     "新产线液压件配套",     "%1年度备品备件集中采购", "高炉液压站升级",
};
constexpr const char *kOrderTitles[] = {
    "季度备品备件订单", "液压油补货订单", "耐磨件年度供货（分批）", "维保服务季度结算", "滤芯与密封件补货",
};
constexpr const char *kCompetitors[] = { "博世力士乐", "恒立液压", "美孚", "壳牌", "SKF", "" };
constexpr const char *kWinReasons[] = { "技术方案获设备部认可", "年度框架价格锁定",
                                        "服务响应速度优于竞品" };
constexpr const char *kLossReasons[] = { "价格高于竞品约 8%", "交期无法满足项目进度",
                                         "客户项目取消", "技术方案未通过评审" };
constexpr const char *kNextSteps[] = { "发送技术方案与报价", "安排现场样品测试", "约采购总监确认商务条款",
                                       "提交合同草案", "组织设备部技术交流", "跟进付款进度" };

// Key account plans: what a manager writes about a large customer for the year.
constexpr const char *kSituations[] = {
    "客户为区域龙头企业，产能利用率稳定在 85% 以上。我司在液压件份额领先，润滑油主要由竞品供应；"
    "新产线二期预计下半年启动采购，是扩大份额的关键窗口。",
    "客户去年完成设备集中采购改革，供应商数量压缩三成。我司进入合格供应商名录，但服务类业务尚未突破；"
    "采购总监关注总拥有成本，对状态监测方案兴趣较高。",
    "客户集团化管理加强，分公司采购逐步上收。我司与总部关系良好，部分分公司仍由竞品主导；"
    "需要以集团框架协议带动分公司覆盖。",
};
constexpr const char *kStrengths[] = { "液压件技术方案获设备部认可", "现场服务响应 4 小时内", "与总经理保持季度高层会晤" };
constexpr const char *kWeaknesses[] = { "润滑油价格高于竞品约 5%", "分公司层面覆盖不足", "缺少在线状态监测的成功案例" };
constexpr const char *kOpportunities[] = { "二期产线液压系统配套", "集团年度框架协议续签", "设备维保服务外包趋势" };
constexpr const char *kThreats[] = { "竞品低价争夺润滑油份额", "客户资本开支可能推迟", "采购上收后议价压力加大" };

struct ObjectiveText
{
    const char *title;
    const char *measure;
    const char *baseline;
    const char *target;
};
constexpr ObjectiveText kObjectives[] = {
    { "提升润滑油钱包份额", "润滑油采购额中我司占比", "18%", "30%" },
    { "进入二期产线液压配套", "二期液压件中标金额", "0", "¥600 万" },
    { "状态监测系统试点落地", "上线试点产线数量", "0", "2 条" },
    { "扩大分公司覆盖", "有成交的分公司数量", "2 家", "4 家" },
    { "巩固高层关系", "高层会晤次数", "2 次", "4 次" },
};
constexpr const char *kPlanActions[] = {
    "组织年度高层会晤，汇报合作成果",  "提交二期产线液压系统技术方案", "安排润滑油换油对比测试",
    "签订集团润滑油框架协议",          "走访两家未覆盖分公司",         "举办设备维保技术交流会",
    "完成状态监测试点验收报告",        "季度满意度回访",               "梳理分公司采购决策链",
    "推动维保服务合同续签",            "准备年度商务条款谈判方案",     "邀请客户参观示范工厂",
};
struct RiskText
{
    const char *title;
    const char *mitigation;
};
constexpr RiskText kRisks[] = {
    { "竞品以低价切入润滑油", "以换油周期延长测算总成本，锁定年度价格" },
    { "二期项目推迟", "保持与设备部月度沟通，提前准备分期方案" },
    { "采购总监岗位调整", "发展第二联系人，加强与总经理办公室的联系" },
    { "回款周期延长", "合同中约定分期付款节点，财务部定期对账" },
};
constexpr const char *kBuyingCentres[] = { "采购部", "设备部", "生产部" };

/// What customers say in a survey or after a visit, by how they feel about us.
constexpr const char *kPraise[] = { "交付准时，质量稳定", "技术支持响应快，现场问题当天解决", "新产线调试顺利，感谢项目团队",
                                    "备件供应及时，停机时间明显减少", "Service engineers were quick and well prepared" };
constexpr const char *kNeutral[] = { "整体满意，价格还有下调空间", "交期基本满足，个别批次延误", "希望提供更多操作培训",
                                     "Documentation could be clearer" };
constexpr const char *kComplaints[] = { "上季度两次延期交货，影响生产计划", "售后响应慢，工单三天无人跟进",
                                        "报价高于竞品 8%，采购压力大", "质量问题反复出现，需要整改报告",
                                        "Frequent delivery delays this quarter" };
/// Why a manager set an account's lifecycle stage.
constexpr const char *kLifecycleReasons[] = { "年度复盘：订单稳定，合作进入成熟期", "新产线项目落地，采购额持续增长",
                                              "连续两个季度采购下降，竞品介入", "首单交付完成，正在扩展到其他事业部" };
/// Why a manager set an account's tier against (or without) the value model's proposal.
constexpr const char *kTierReasons[] = { "集团战略客户，新基地明年投产，提前升级服务等级", "采购额集中在低毛利产品，降级观察",
                                         "年度评审：价值得分与实际合作规模一致", "竞品低价进入，需保留重点资源投入" };

/// The marketing of the last year; deals it brought in name it as their source.
struct CampaignText
{
    const char *name;
    CampaignChannel channel;
    int startDaysAgo;
    int days;
    qint64 costMinor;
    const char *notes;
};
constexpr CampaignText kCampaigns[] = {
    { "2026 工业装备展", CampaignChannel::Exhibition, 300, 4, 38000000, "上海国家会展中心，20 平米展位" },
    { "液压系统节能技术研讨会", CampaignChannel::Seminar, 220, 1, 12000000, "邀请设备部与能源管理部负责人" },
    { "年度备件促销邮件", CampaignChannel::Email, 160, 30, 1500000, "老客户备件九折" },
    { "状态监测在线直播", CampaignChannel::Online, 110, 1, 6000000, "" },
    { "Key account telemarketing Q3", CampaignChannel::Telemarketing, 75, 45, 4000000, "Call-backs to dormant buyers" },
};
constexpr const char *kCampaignResponses[] = { "索取报价", "预约技术交流", "下载方案资料", "到展位洽谈", "Asked for a quote" };

struct ActivityText
{
    ActivityKind kind;
    const char *summary;
    const char *outcome;
};
constexpr ActivityText kActivities[] = {
    { ActivityKind::Visit, "拜访采购总监，确认年度框架协议意向", "对方同意下月启动商务谈判" },
    { ActivityKind::Visit, "现场巡检液压站，了解设备故障情况", "发现两台泵磨损严重，可提改造方案" },
    { ActivityKind::Call, "电话回访上季度供货满意度", "交期满意，希望缩短发票周期" },
    { ActivityKind::Meeting, "技术交流会：状态监测系统演示", "设备部认可方案，要求试点一条产线" },
    { ActivityKind::Sample, "寄送 L-HM 46 液压油样品", "样品已签收，实验室检测中" },
    { ActivityKind::ServiceCase, "处理液压缸漏油投诉", "更换密封件，客户确认恢复运行" },
    { ActivityKind::Email, "发送年度价格调整通知", "采购部已回复，要求面谈" },
    { ActivityKind::Meeting, "季度业务回顾（QBR）", "确认下季度备件需求和付款计划" },
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString capitalized(const char *latin1)
{
    QString text = QLatin1String(latin1);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

class Generator
{
public:
    Generator(Store &store, const DemoOptions &options)
        : m_store(store)
        , m_options(options)
        , m_rng(options.seed)
    {
    }

    Result<DemoSummary> run(const DemoProgress &progress)
    {
        if (m_options.accounts < 0)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "kam::Demo", "The number of accounts cannot be negative."));
        if (Result<void> r = rememberExisting(); !r)
            return r.error();
        // The demo's history happens in the past: the store stamps its rows with m_at.
        const std::function<QDateTime()> realClock = m_store.clock();
        m_now = realClock();
        m_at = m_now;
        m_store.setClock([this] { return m_at; });
        const auto restore = qScopeGuard([&] { m_store.setClock(realClock); });
        if (Result<void> r = m_store.transaction([&]() -> Result<void> {
                if (Result<void> m = createManagers(); !m)
                    return m;
                if (Result<void> c = createCatalogue(); !c)
                    return c;
                if (Result<void> c = createCampaigns(); !c)
                    return c;
                if (Result<void> v = createValueModels(); !v)
                    return v;
                return createTargets();
            });
            !r)
            return r.error();
        Result<std::vector<Stage>> stages = m_store.stages();
        if (!stages)
            return stages.error();
        m_stages = std::move(stages).value();
        while (m_summary.accounts < m_options.accounts) {
            Result<void> r = m_store.transaction([&]() -> Result<void> {
                const int target = std::min(m_options.accounts, m_summary.accounts + kChunk);
                while (m_summary.accounts < target)
                    if (Result<void> c = createCustomer(target - m_summary.accounts); !c)
                        return c;
                return {};
            });
            if (!r)
                return r.error();
            if (progress && !progress(m_summary.accounts, m_options.accounts))
                return makeError(
                    ErrorCode::Invalid,
                    QCoreApplication::translate("kam::Demo", "Cancelled after %1 of %2 accounts.")
                        .arg(m_summary.accounts)
                        .arg(m_options.accounts));
        }
        return m_summary;
    }

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T, size_t N> const T &pickFrom(const T (&items)[N])
    {
        return items[pick(int(N))];
    }

    template<typename E> E weighted(std::initializer_list<std::pair<E, int>> options)
    {
        int total = 0;
        for (const auto &o : options)
            total += o.second;
        int roll = pick(total);
        for (const auto &o : options) {
            if (roll < o.second)
                return o.first;
            roll -= o.second;
        }
        return options.begin()->first;
    }

    /// A store that already holds data (a second demo run, real accounts) must not make the
    /// run fail on a taken credit code, nor get its names twice.
    Result<void> rememberExisting()
    {
        Result<std::vector<Account>> accounts = m_store.accounts();
        if (!accounts)
            return accounts.error();
        for (const Account &a : *accounts) {
            m_names.insert(a.legalName);
            if (!a.creditCode.isEmpty())
                m_codes.insert(a.creditCode);
        }
        return {};
    }

    Result<void> createManagers()
    {
        Result<std::vector<User>> existing = m_store.users();
        if (!existing)
            return existing.error();
        for (const Manager &m : kManagers) {
            // A second run works with the managers of the first instead of doubling them.
            const auto same = std::find_if(existing->begin(), existing->end(), [&](const User &u) {
                return u.email == QLatin1String(m.email);
            });
            if (same != existing->end()) {
                m_managers << same->meta.id;
                ++m_summary.users;
                continue;
            }
            User u;
            u.name = s(m.name);
            u.email = s(m.email);
            Result<User> created = m_store.create(u);
            if (!created)
                return created.error();
            m_managers << created->meta.id;
            ++m_summary.users;
        }
        // The demo is seen through the eyes of the first manager.
        return m_store.setCurrentUserId(m_managers.front());
    }

    const Industry &pickIndustry()
    {
        int total = 0;
        for (const Industry &i : kIndustries)
            total += i.weight;
        int roll = pick(total);
        for (const Industry &i : kIndustries) {
            if (roll < i.weight)
                return i;
            roll -= i.weight;
        }
        return kIndustries[0];
    }

    QString uniqueName(const QString &candidate, bool english)
    {
        QString name = candidate;
        for (int n = 2; m_names.contains(name); ++n)
            name = (english ? QStringLiteral("%1 (%2)") : QStringLiteral("%1（%2）"))
                       .arg(candidate)
                       .arg(n);
        m_names.insert(name);
        return name;
    }

    QString creditCode(const City &city)
    {
        static const QLatin1StringView orgChars("0123456789ABCDEFGHJKLMNPQRTUWXY");
        for (;;) {
            QString first17 = QStringLiteral("91") + QLatin1String(city.division);
            for (int i = 0; i < 9; ++i)
                first17 += i < 2 && chance(30) ? QChar(orgChars[10 + pick(21)])
                                               : QChar(u'0' + pick(10));
            const QString code = first17 + creditCodeCheckChar(first17);
            if (!m_codes.contains(code)) {
                m_codes.insert(code);
                return code;
            }
        }
    }

    Account baseAccount(const Industry &industry, const City &city)
    {
        Account a;
        a.kind = industry.kind;
        a.industry = s(industry.name);
        a.region = s(city.region);
        a.address = QStringLiteral("%1市%2%3%4号")
                        .arg(s(city.name), s(pickFrom(kZones)), s(pickFrom(kRoads)))
                        .arg(1 + pick(999));
        if (chance(15))
            a.notes = s(pickFrom(kNotes));
        if (a.kind != AccountKind::Consumer && a.kind != AccountKind::Internal) {
            a.creditCode = creditCode(city);
            if (chance(85))
                a.taxId = a.creditCode;
        }
        a.tier = weighted<Tier>({ { Tier::Core, 5 },
                                  { Tier::Key, 15 },
                                  { Tier::Ordinary, 35 },
                                  { Tier::Potential, 25 },
                                  { Tier::Unrated, 20 } });
        a.lifecycle = weighted<Lifecycle>({ { Lifecycle::Prospect, 15 },
                                            { Lifecycle::Developing, 25 },
                                            { Lifecycle::Mature, 40 },
                                            { Lifecycle::Declining, 12 },
                                            { Lifecycle::Lost, 8 } });
        // The manager's strategic fit rating follows the tier loosely; some are not rated yet.
        if (a.tier != Tier::Unrated && chance(85)) {
            const int base = a.tier == Tier::Core ? 4 : a.tier == Tier::Key ? 3 : 2;
            a.strategicFit = std::clamp(base + pick(3) - (a.tier == Tier::Potential ? 0 : 1), 1, 5);
        }
        // Where finance tells us: some customers pay late.
        a.paymentOverdueDays = chance(10) ? 10 + pick(80) : 0;
        a.ownerId = m_managers[pick(int(m_managers.size()))];
        a.currency = weighted<QString>({ { QStringLiteral("CNY"), 90 },
                                         { QStringLiteral("USD"), 7 },
                                         { QStringLiteral("EUR"), 3 } });
        // Log-uniform between 50 million and 50 billion in major units.
        const double major = 5e7 * std::pow(1000.0, m_rng.generateDouble());
        a.annualRevenueMinor = qint64(major) / 1000 * 1000 * 100;
        return a;
    }

    /// One customer: a standalone account, or a group with 2–5 branches (within `room`).
    Result<void> createCustomer(int room)
    {
        const Industry &industry = pickIndustry();
        const int cityIndex = pick(int(std::size(kCities)));
        const City &city = kCities[cityIndex];
        const int brand = pick(int(std::size(kBrandWords)));
        const bool english = chance(25);
        Account a = baseAccount(industry, city);
        const QString word = english
            ? capitalized(city.pinyin) + QLatin1Char(' ') + QLatin1String(kBrandPinyin[brand])
            : s(city.name) + s(kBrandWords[brand]);
        a.legalName
            = uniqueName(s(english ? industry.enPattern : industry.cnPattern).arg(word), english);
        a.shortName = word;
        const bool group = room >= 3 && a.kind == AccountKind::Enterprise && chance(20);
        if (group)
            a.tier = weighted<Tier>({ { Tier::Core, 40 }, { Tier::Key, 60 } });
        m_at = m_now.addDays(-400 - pick(400)); // customers of one to two years' standing
        Result<Account> created = m_store.create(a);
        if (!created)
            return created.error();
        if (Result<void> r = populate(*created, city, english); !r)
            return r;
        ++m_summary.accounts;
        QStringList branchIds;
        if (!group)
            return created->tier == Tier::Core ? createPlans(*created, branchIds) : Result<void>{};
        ++m_summary.groups;
        const int branches = std::min(room - 1, 2 + pick(4));
        QSet<int> usedCities = { cityIndex }; // branches sit in other cities than the head office
        for (int b = 0; b < branches; ++b) {
            int c = pick(int(std::size(kCities)));
            while (usedCities.contains(c))
                c = (c + 1) % int(std::size(kCities));
            usedCities.insert(c);
            const City &branchCity = kCities[c];
            Account branch = baseAccount(industry, branchCity);
            branch.parentId = created->meta.id;
            branch.ownerId = chance(70) ? created->ownerId : branch.ownerId;
            branch.currency = created->currency;
            // Branches mostly share the group's standing; some are smaller or newer.
            branch.tier = weighted<Tier>(
                { { created->tier, 60 }, { Tier::Ordinary, 25 }, { Tier::Potential, 15 } });
            if (chance(70))
                branch.lifecycle = created->lifecycle;
            const QString place = english ? capitalized(branchCity.pinyin) : s(branchCity.name);
            branch.legalName
                = uniqueName(english ? QStringLiteral("%1 %2 Branch").arg(created->legalName, place)
                                     : created->legalName + place + s("分公司"), // the legal form
                             english);
            branch.shortName = english ? a.shortName + QLatin1Char(' ') + place
                                       : a.shortName + place + s("分公司");
            m_at = m_now.addDays(-400 - pick(400));
            Result<Account> madeBranch = m_store.create(branch);
            if (!madeBranch)
                return madeBranch.error();
            if (Result<void> r = populate(*madeBranch, branchCity, english); !r)
                return r;
            ++m_summary.accounts;
            branchIds << madeBranch->meta.id;
        }
        return createPlans(*created, branchIds);
    }

    /// Contacts with a reporting line, and the account team.
    Result<void> populate(const Account &account, const City &city, bool english)
    {
        const QString domain = QStringLiteral("%1-%2.com.cn")
                                   .arg(QLatin1String(city.pinyin))
                                   .arg(m_summary.accounts);
        const int count = 3 + pick(5);
        QString top;
        QStringList contactIds;
        QHash<QString, QString> heads; // department → contact id of its first (senior) member
        for (int i = 0; i < count; ++i) {
            const Position &pos
                = i == 0 ? kPositions[0] : kPositions[1 + pick(int(std::size(kPositions)) - 1)];
            Contact c;
            c.accountId = account.meta.id;
            QString local;
            if (english && chance(50)) {
                const char *first = pickFrom(kEnglishFirst);
                const char *last = pickFrom(kEnglishLast);
                c.name = QStringLiteral("%1 %2").arg(QLatin1String(first), QLatin1String(last));
                local = QStringLiteral("%1.%2")
                            .arg(QLatin1String(first), QLatin1String(last))
                            .toLower();
            } else {
                const Person &sur = pickFrom(kSurnames);
                const Person &given = pickFrom(kGivenNames);
                c.name = s(sur.cn) + s(given.cn);
                local = QStringLiteral("%1.%2").arg(QLatin1String(given.pinyin),
                                                    QLatin1String(sur.pinyin));
            }
            c.title = s(pos.title);
            c.department = s(pos.department);
            c.buyingRole = pos.role;
            c.influence = std::clamp(pos.influence + pick(3) - 1, 1, 5);
            c.stance = weighted<Stance>({ { Stance::Champion, 12 },
                                          { Stance::Supporter, 28 },
                                          { Stance::Neutral, 35 },
                                          { Stance::Blocker, 8 },
                                          { Stance::Unknown, 17 } });
            // Our relationship follows the person's stance, roughly.
            c.relationship = std::clamp((c.stance == Stance::Champion ? 4 : c.stance == Stance::Supporter ? 3
                                         : c.stance == Stance::Blocker ? 1 : 2) + pick(3) - 1, 0, 5);
            c.phone = QStringLiteral("13%1").arg(100000000 + pick(900000000));
            if (chance(85))
                c.email = QStringLiteral("%1%2@%3").arg(local).arg(i).arg(domain);
            c.active = i == 0 || chance(92);
            c.reportsToId = i == 0 ? QString() : heads.value(c.department, top);
            Result<Contact> created = m_store.create(c);
            if (!created)
                return created.error();
            if (c.active)
                contactIds << created->meta.id;
            if (i == 0)
                top = created->meta.id;
            else if (!heads.contains(c.department))
                heads.insert(c.department, created->meta.id);
            ++m_summary.contacts;
        }
        TeamMember lead;
        lead.accountId = account.meta.id;
        lead.userId = account.ownerId;
        lead.role = TeamRole::Lead;
        if (Result<TeamMember> r = m_store.create(lead); !r)
            return r.error();
        ++m_summary.teamMembers;
        // 0–2 colleagues besides the lead, each at most once (the store refuses a second seat).
        QStringList onTeam = { account.ownerId };
        const int extra = pick(3);
        for (int i = 0; i < extra; ++i) {
            TeamMember m;
            m.accountId = account.meta.id;
            m.userId = m_managers[pick(int(m_managers.size()))];
            m.role = weighted<TeamRole>({ { TeamRole::Sales, 3 },
                                          { TeamRole::Service, 3 },
                                          { TeamRole::Technical, 3 },
                                          { TeamRole::Sponsor, 1 } });
            if (onTeam.contains(m.userId))
                continue;
            onTeam << m.userId;
            if (Result<TeamMember> r = m_store.create(m); !r)
                return r.error();
            ++m_summary.teamMembers;
        }
        Result<QStringList> responded = createCampaignMembers(account, contactIds);
        if (!responded)
            return responded.error();
        std::map<QDate, qint64> wonByQuarter;
        if (Result<void> r = createRepeatOrders(account, wonByQuarter); !r)
            return r;
        Result<QStringList> deals = createDeals(account, *responded, wonByQuarter);
        if (!deals)
            return deals.error();
        if (Result<void> r = createActivities(account, contactIds, *deals); !r)
            return r;
        if (Result<void> r = createCosts(account, wonByQuarter); !r)
            return r;
        if (Result<void> r = createResponses(account, contactIds); !r)
            return r;
        if (Result<void> r = decideLifecycle(account); !r)
            return r;
        return decideTier(account);
    }

    /// Campaigns reach about a third of the accounts each, some of their people by name; a
    /// share respond within a few weeks. Returns the campaigns the account responded to.
    Result<QStringList> createCampaignMembers(const Account &account, const QStringList &contacts)
    {
        QStringList responded;
        for (const auto &[id, campaign] : m_campaigns) {
            if (!chance(30))
                continue;
            CampaignMember m;
            m.campaignId = id;
            m.accountId = account.meta.id;
            if (!contacts.isEmpty() && chance(70))
                m.contactId = contacts[pick(int(contacts.size()))];
            m_at = std::min(m_now, campaign.startsOn.startOfDay().addDays(-7).toUTC());
            if (chance(35)) {
                // Entered when the answer came, which is never after today.
                m.respondedOn = std::min(m_now.toLocalTime().date(), campaign.startsOn.addDays(pick(21)));
                m.response = s(pickFrom(kCampaignResponses));
                m_at = std::min(m_now, m.respondedOn.startOfDay().addSecs(10 * 3600).toUTC());
                responded << id;
            }
            if (Result<CampaignMember> r = m_store.create(m); !r)
                return r.error();
        }
        m_at = m_now;
        return responded;
    }

    /// What the account cost besides its activities, per quarter it bought in: the goods
    /// (55–85 % of the revenue), logistics, some discounts, and service. A few loyal accounts
    /// are expensive to serve, more than their margin brings.
    Result<void> createCosts(const Account &account, const std::map<QDate, qint64> &wonByQuarter)
    {
        const bool costly = (account.tier == Tier::Core || account.tier == Tier::Key)
            && account.lifecycle == Lifecycle::Mature && chance(25);
        const int goodsPercent = 55 + pick(31);
        for (const auto &[quarter, revenue] : wonByQuarter) {
            const auto add = [&](CostKind kind, qint64 amount, const char *note) -> Result<void> {
                if (amount <= 0)
                    return {};
                CostEntry e;
                e.accountId = account.meta.id;
                e.incurredOn = quarter; // for the quarter starting on it
                e.kind = kind;
                e.amountMinor = amount / 100 * 100;
                e.currency = account.currency;
                e.note = s(note);
                m_at = std::min(m_now, quarter.addMonths(3).startOfDay().addDays(5).toUTC());
                Result<CostEntry> r = m_store.create(e);
                if (!r)
                    return r.error();
                ++m_summary.costEntries;
                return {};
            };
            const int varied = goodsPercent + pick(7) - 3;
            for (Result<void> r : { add(CostKind::GoodsCost, revenue * varied / 100, "ERP 销售成本结转"),
                                    add(CostKind::Logistics, revenue * (costly ? 8 + pick(6) : 2 + pick(3)) / 100, "运输与仓储"),
                                    add(CostKind::Discount, chance(40) ? revenue * (1 + pick(4)) / 100 : 0, "年度返利"),
                                    add(CostKind::Service, revenue * (costly ? 18 + pick(12) : pick(3)) / 100, "驻厂服务与备件") })
                if (!r)
                    return r;
        }
        m_at = m_now;
        return {};
    }

    /// Some rated accounts had their tier reviewed against the value model, with a reason.
    Result<void> decideTier(const Account &account)
    {
        if (account.tier == Tier::Unrated || !chance(15))
            return {};
        static constexpr Tier kTiers[] = { Tier::Core, Tier::Key, Tier::Ordinary, Tier::Potential };
        const Tier proposed = chance(50) ? account.tier : pickFrom(kTiers);
        const Tier decided = chance(70) ? proposed : account.tier;
        m_at = m_now.addDays(-10 - pick(120));
        Result<TierChange> r = m_store.decideTier(account.meta.id, decided, enumCode(proposed), 30 + pick(65),
                                                  m_standardModel, s(pickFrom(kTierReasons)));
        m_at = m_now;
        return r ? Result<void>{} : Result<void>{ r.error() };
    }

    /// The campaigns of kCampaigns, unless a campaign of that name exists (a second run).
    Result<void> createCampaigns()
    {
        Result<std::vector<Campaign>> existing = m_store.campaigns();
        if (!existing)
            return existing.error();
        for (const CampaignText &t : kCampaigns) {
            const auto same = std::find_if(existing->begin(), existing->end(),
                                           [&](const Campaign &c) { return c.name == s(t.name); });
            if (same != existing->end()) {
                m_campaigns.push_back({ same->meta.id, *same });
                continue;
            }
            Campaign c;
            c.name = s(t.name);
            c.channel = t.channel;
            c.startsOn = m_now.date().addDays(-t.startDaysAgo);
            c.endsOn = c.startsOn.addDays(t.days - 1);
            c.costMinor = t.costMinor;
            c.notes = s(t.notes);
            m_at = c.startsOn.startOfDay().addDays(-30).toUTC();
            Result<Campaign> created = m_store.create(c);
            m_at = m_now;
            if (!created)
                return created.error();
            m_campaigns.push_back({ created->meta.id, *created });
            ++m_summary.campaigns;
        }
        return {};
    }

    /// The standard value model (active) and a growth-focused one scoring by grey relational
    /// analysis, unless value models are stored already.
    Result<void> createValueModels()
    {
        Result<std::vector<ValueModel>> existing = m_store.valueModels();
        if (!existing)
            return existing.error();
        m_standardModel = s("标准价值模型");
        if (!existing->empty())
            return {};
        ValueModel standard;
        standard.name = m_standardModel;
        standard.definition = analytics::ValueModelDefinition::defaults().toJson();
        Result<ValueModel> made = m_store.create(standard);
        if (!made)
            return made.error();
        analytics::ValueModelDefinition growth = analytics::ValueModelDefinition::defaults();
        growth.method = ScoringMethod::Grey;
        favourGrowth(growth.root);
        ValueModel grey;
        grey.name = s("成长导向模型（灰色关联）");
        grey.definition = growth.toJson();
        if (Result<ValueModel> r = m_store.create(grey); !r)
            return r.error();
        return m_store.setActiveValueModel(made->meta.id);
    }

    /// Growth three times as important as each of its siblings, the siblings alike (CR 0).
    static void favourGrowth(analytics::CriterionNode &node)
    {
        const auto growth = std::find_if(node.children.begin(), node.children.end(), [](const auto &c) {
            return c.criterion == ValueCriterion::Growth;
        });
        if (growth == node.children.end()) {
            for (analytics::CriterionNode &child : node.children)
                favourGrowth(child);
            return;
        }
        const size_t g = size_t(growth - node.children.begin());
        node.comparisons.clear();
        for (size_t i = 0; i < node.children.size(); ++i)
            for (size_t j = i + 1; j < node.children.size(); ++j)
                node.comparisons.push_back(j == g ? 1.0 / 3 : i == g ? 3.0 : 1.0);
    }

    /// Surveys each quarter and ratings after visits over the last year and a half, more for
    /// higher tiers. Most customers stay as they are; some have been souring lately, which is
    /// what the churn warning is for. A few leave the recommendation question unanswered.
    Result<void> createResponses(const Account &account, const QStringList &contacts)
    {
        if (account.lifecycle == Lifecycle::Prospect)
            return {};
        const int perQuarter = account.tier == Tier::Core ? 2 + pick(2) : account.tier == Tier::Key ? 1 + pick(2) : pick(2);
        const bool souring = account.lifecycle == Lifecycle::Declining ? chance(60) : chance(12);
        const int base = 5 + pick(5); // how likely they are to recommend us, 0…10, before any souring
        const QDate today = m_now.date();
        for (int quarter = 5; quarter >= 0; --quarter) {
            for (int i = 0; i < perQuarter; ++i) {
                SatisfactionResponse r;
                r.accountId = account.meta.id;
                r.respondedOn = today.addDays(-quarter * 91 - pick(91));
                if (r.respondedOn > today)
                    r.respondedOn = today;
                r.source = weighted<ResponseSource>(
                    { { ResponseSource::Survey, 5 }, { ResponseSource::Visit, 3 }, { ResponseSource::ServiceCase, 2 } });
                if (!contacts.isEmpty() && chance(80))
                    r.contactId = contacts[pick(int(contacts.size()))];
                const int fall = souring && quarter <= 1 ? 3 + pick(3) : 0;
                const int recommend = std::clamp(base + pick(3) - 1 - fall, 0, kMaxRecommend);
                r.recommend = chance(10) ? -1 : recommend;
                r.satisfaction = std::clamp(1 + recommend * 4 / 10 + pick(2) - (pick(3) == 0 ? 1 : 0), 1, kMaxSatisfaction);
                if (r.source == ResponseSource::Survey) {
                    DimensionScores scores;
                    for (const QString &d : defaultDimensions())
                        scores.append({ d, std::clamp(r.satisfaction + pick(3) - 1, 1, kMaxSatisfaction) });
                    r.dimensionScores = dimensionScoresText(scores);
                }
                if (chance(60))
                    r.comment = s(recommend >= 9 ? pickFrom(kPraise) : recommend >= 7 ? pickFrom(kNeutral) : pickFrom(kComplaints));
                m_at = r.respondedOn.startOfDay().addSecs(9 * 3600 + pick(28800)).toUTC();
                if (Result<SatisfactionResponse> created = m_store.create(r); !created)
                    return created.error();
                ++m_summary.responses;
            }
        }
        m_at = m_now;
        return {};
    }

    /// Established customers had their stage reviewed with a reason some months ago.
    Result<void> decideLifecycle(const Account &account)
    {
        if (account.lifecycle == Lifecycle::Prospect || !chance(60))
            return {};
        m_at = m_now.addDays(-30 - pick(240));
        Result<LifecycleChange> r = m_store.decideLifecycle(account.meta.id, account.lifecycle, {},
                                                            s(pickFrom(kLifecycleReasons)));
        m_at = m_now;
        return r ? Result<void>{} : Result<void>{ r.error() };
    }

    /// This year's plan, approved in January and worked through since, and next year's draft
    /// started from it. Groups map their branches in the whitespace grid, a single account
    /// its buying centres.
    Result<void> createPlans(const Account &account, const QStringList &branchIds)
    {
        const int year = m_now.date().year();
        Plan p;
        p.accountId = account.meta.id;
        p.period = QString::number(year);
        p.title = s("%1 %2 年度客户计划").arg(account.shortName, p.period);
        p.ownerId = account.ownerId;
        p.currency = account.currency;
        p.summary = s(pickFrom(kSituations));
        p.strengths = s(pickFrom(kStrengths));
        p.weaknesses = s(pickFrom(kWeaknesses));
        p.opportunities = s(pickFrom(kOpportunities));
        p.threats = s(pickFrom(kThreats));
        p.revenueTargetMinor = qint64(50 + pick(450)) * 1000000; // ¥0.5–5 million
        p.revenueBaselineMinor = p.revenueTargetMinor * (75 + pick(20)) / 100;
        p.marginBaseline = 22 + pick(10);
        p.marginTarget = p.marginBaseline + 1 + pick(3);
        p.walletBaseline = 15 + pick(25);
        p.walletTarget = p.walletBaseline + 5 + pick(6);
        m_at = QDateTime(QDate(year, 1, 5 + pick(10)), QTime(10, 0), Qt::UTC);
        Result<Plan> plan = m_store.create(p);
        if (!plan)
            return plan.error();
        const auto add = [&](auto row) -> Result<void> {
            row.planId = plan->meta.id;
            row.accountId = account.meta.id;
            auto r = m_store.create(row);
            return r ? Result<void>{} : Result<void>{r.error()};
        };
        QStringList objectiveIds;
        const int objectives = 3 + pick(2);
        const int firstObjective = pick(int(std::size(kObjectives)));
        for (int i = 0; i < objectives; ++i) {
            const ObjectiveText &t = kObjectives[(firstObjective + i) % std::size(kObjectives)];
            PlanObjective o;
            o.meta.id = newRowId();
            o.position = i;
            o.title = s(t.title);
            o.measure = s(t.measure);
            o.baseline = s(t.baseline);
            o.target = s(t.target);
            o.progress = 20 + pick(75);
            if (Result<void> r = add(o); !r)
                return r;
            objectiveIds << o.meta.id;
        }
        const int actions = 6 + pick(5);
        const int firstAction = pick(int(std::size(kPlanActions)));
        for (int i = 0; i < actions; ++i) {
            PlanAction a;
            a.position = i;
            a.title = s(kPlanActions[(firstAction + i) % std::size(kPlanActions)]);
            a.objectiveId = objectiveIds[i % objectiveIds.size()];
            a.ownerId = chance(70) ? account.ownerId : m_managers[pick(int(m_managers.size()))];
            a.dueOn = QDate(year, 1 + (i * 12) / actions, 10 + pick(18));
            a.status = a.dueOn < m_now.date().addDays(-30) ? (chance(85) ? ActionStatus::Done : ActionStatus::Cancelled)
                : a.dueOn < m_now.date()                   ? (chance(50) ? ActionStatus::Done : ActionStatus::InProgress)
                                                           : (chance(30) ? ActionStatus::InProgress : ActionStatus::Open);
            if (Result<void> r = add(a); !r)
                return r;
        }
        const int firstRisk = pick(int(std::size(kRisks)));
        for (int i = 0; i < 3; ++i) {
            const RiskText &t = kRisks[(firstRisk + i) % std::size(kRisks)];
            PlanRisk r;
            r.title = s(t.title);
            r.mitigation = s(t.mitigation);
            r.likelihood = 1 + pick(5);
            r.impact = 2 + pick(4);
            if (Result<void> w = add(r); !w)
                return w;
        }
        QStringList segments = branchIds.isEmpty() ? QStringList() : QStringList{account.meta.id} + branchIds;
        if (segments.isEmpty())
            for (const char *centre : kBuyingCentres)
                segments << s(centre);
        QStringList lines;
        for (const auto &[id, item] : m_products)
            if (!lines.contains(s(item.series)))
                lines << s(item.series);
        for (const QString &segment : segments)
            for (const QString &line : lines) {
                WhitespaceCell c;
                c.segment = segment;
                c.productLine = line;
                c.state = weighted<Whitespace>({ { Whitespace::Ours, 35 }, { Whitespace::Competitor, 30 },
                                                 { Whitespace::Potential, 25 }, { Whitespace::NotRelevant, 10 } });
                if (c.state == Whitespace::Competitor)
                    while (c.competitor.isEmpty())
                        c.competitor = s(pickFrom(kCompetitors));
                if (c.state != Whitespace::NotRelevant)
                    c.valueMinor = qint64(20 + pick(480)) * 1000000; // ¥200,000–5 million
                if (Result<void> r = add(c); !r)
                    return r;
            }
        // Reviewed and approved in January; next year's draft started in the autumn.
        Plan reviewed = *plan;
        reviewed.status = PlanStatus::InReview;
        m_at = m_at.addDays(3);
        if (Result<void> r = m_store.update(reviewed); !r)
            return r;
        reviewed.status = PlanStatus::Approved;
        m_at = m_at.addDays(4);
        if (Result<void> r = m_store.update(reviewed); !r)
            return r;
        m_at = m_now.addDays(-10 - pick(30));
        Result<Plan> next = m_store.startPlanFrom(plan->meta.id, QString::number(year + 1));
        if (!next)
            return next.error();
        Plan grown = *next; // the manager aims higher than what last year brought
        grown.revenueTargetMinor = std::max(grown.revenueBaselineMinor, p.revenueTargetMinor) * (105 + pick(20)) / 100
            / 100000 * 100000;
        Result<void> aimed = m_store.update(grown);
        m_at = m_now;
        if (!aimed)
            return aimed;
        m_summary.plans += 2;
        return {};
    }

    Result<void> createCatalogue()
    {
        Result<std::vector<Product>> existing = m_store.products();
        if (!existing)
            return existing.error();
        for (const CatalogueItem &item : kCatalogue) {
            const auto same = std::find_if(existing->begin(), existing->end(),
                                           [&](const Product &p) { return p.name == s(item.name); });
            if (same != existing->end()) {
                m_products.push_back({same->meta.id, item});
                continue;
            }
            Product p;
            p.series = s(item.series);
            p.name = s(item.name);
            p.listPriceMinor = item.listPriceMinor;
            Result<Product> created = m_store.create(p);
            if (!created)
                return created.error();
            m_products.push_back({created->meta.id, item});
            ++m_summary.products;
        }
        return {};
    }

    /// A monthly target per manager for this year and the next, unless one is set already.
    Result<void> createTargets()
    {
        Result<std::vector<SalesTarget>> existing = m_store.targets();
        if (!existing)
            return existing.error();
        for (const QString &manager : m_managers)
            for (int year = m_now.date().year(); year <= m_now.date().year() + 1; ++year)
                for (int month = 1; month <= 12; ++month) {
                    SalesTarget t;
                    t.ownerId = manager;
                    t.period = QDate(year, month, 1).toString(QStringLiteral("yyyy-MM"));
                    if (std::any_of(existing->begin(), existing->end(), [&](const SalesTarget &e) {
                            return e.ownerId == t.ownerId && e.period == t.period;
                        }))
                        continue;
                    t.amountMinor = qint64(15 + pick(30)) * 1000000; // ¥150,000–450,000
                    if (Result<SalesTarget> r = m_store.create(t); !r)
                        return r.error();
                    ++m_summary.targets;
                }
        return {};
    }

    /// Deals that went through the process over the last 18 months: each enters a stage, stays
    /// some days, moves on (now and then back), and ends won, lost or still open today.
    /// Deals the account responded to a campaign with name it as their source and start after it.
    /// Won revenue is added up by quarter in `wonByQuarter`, for the costs that go with it.
    /// The business a customer already gives us: supply orders won over the past two years,
    /// more and larger for higher tiers, recent for developing accounts, drying up for
    /// declining ones and long past for lost ones, so revenue, value and Pareto have a history.
    Result<void> createRepeatOrders(const Account &account, std::map<QDate, qint64> &wonByQuarter)
    {
        if (account.lifecycle == Lifecycle::Prospect)
            return {};
        const int count = account.tier == Tier::Core ? 6 + pick(4)
            : account.tier == Tier::Key              ? 4 + pick(3)
            : account.tier == Tier::Ordinary         ? 2 + pick(3)
                                                     : 1 + pick(2);
        // Order size in ten-thousands (万) of CNY.
        const int size = account.tier == Tier::Core ? 40 + pick(80)
            : account.tier == Tier::Key              ? 15 + pick(45)
            : account.tier == Tier::Ordinary         ? 5 + pick(15)
                                                     : 2 + pick(6);
        const int scale = account.currency == u"USD" ? 7 : account.currency == u"EUR" ? 8 : 1;
        const auto [newest, oldest] = account.lifecycle == Lifecycle::Developing ? std::pair{0, 240}
            : account.lifecycle == Lifecycle::Declining                        ? std::pair{200, 720}
            : account.lifecycle == Lifecycle::Lost                             ? std::pair{420, 720}
                                                                               : std::pair{0, 720};
        const int signedStage = std::min(4, int(m_stages.size()) - 1);
        for (int i = 0; i < count; ++i) {
            const QDateTime won = m_now.addDays(-(newest + pick(oldest - newest))).addSecs(-pick(36000));
            Opportunity o;
            o.accountId = account.meta.id;
            o.ownerId = account.ownerId;
            o.currency = account.currency;
            o.title = s(pickFrom(kOrderTitles));
            o.amountMinor = qint64(size) * (80 + pick(41)) / 100 * 1000000 / scale;
            o.stageId = m_stages[size_t(signedStage)].meta.id;
            o.probability = m_stages[size_t(signedStage)].probability;
            o.expectedClose = won.date();
            m_at = won.addDays(-(20 + pick(40)));
            Result<Opportunity> created = m_store.create(o);
            if (!created)
                return created.error();
            o = *created;
            o.status = DealStatus::Won;
            o.reason = s(pickFrom(kWinReasons));
            o.closedOn = won.date();
            m_at = won;
            if (Result<void> r = m_store.update(o); !r)
                return r;
            wonByQuarter[analytics::periodStart(o.closedOn, analytics::Granularity::Quarter)] += o.amountMinor;
            ++m_summary.deals;
            m_summary.stageChanges += 2;
        }
        m_at = m_now;
        return {};
    }

    Result<QStringList> createDeals(const Account &account, const QStringList &responded,
                                    std::map<QDate, qint64> &wonByQuarter)
    {
        const int count = account.tier == Tier::Core ? 2 + pick(3)
            : account.tier == Tier::Key              ? 1 + pick(3)
            : account.tier == Tier::Ordinary         ? pick(3)
                                                     : pick(2);
        const int scale = account.currency == u"USD" ? 7 : account.currency == u"EUR" ? 8 : 1;
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            Opportunity o;
            o.accountId = account.meta.id;
            o.ownerId = account.ownerId;
            o.currency = account.currency;
            const int products = 1 + (chance(30) ? 1 : 0);
            QStringList chosen;
            qint64 amount = 0;
            for (int p = 0; p < products; ++p) {
                const auto &[id, item] = m_products[size_t(pick(int(m_products.size())))];
                if (chosen.contains(id))
                    continue;
                chosen << id;
                amount += item.listPriceMinor * (1 + pick(item.maxQuantity));
            }
            o.productIds = chosen.join(u',');
            o.amountMinor = amount / scale / 100000 * 100000; // round thousands
            o.title = s(pickFrom(kDealTitles));
            if (o.title.contains(u"%1"))
                o.title = o.title.arg(m_now.date().year() + (chance(50) ? 0 : 1));
            o.competitor = s(pickFrom(kCompetitors));
            QDateTime at = m_now.addDays(-pick(1 + pick(540))); // more recent than old: the pipeline is alive
            if (!responded.isEmpty() && chance(50)) {
                o.sourceCampaign = responded[pick(int(responded.size()))];
                const auto campaign = std::find_if(m_campaigns.begin(), m_campaigns.end(),
                                                   [&](const auto &c) { return c.first == o.sourceCampaign; });
                at = std::min(m_now, campaign->second.startsOn.startOfDay().addDays(3 + pick(40)).toUTC());
            }
            int stage = chance(80) ? 0 : 1;
            o.stageId = m_stages[size_t(stage)].meta.id;
            o.probability = m_stages[size_t(stage)].probability;
            o.expectedClose = at.date().addDays(45 + pick(200));
            o.nextStep = s(pickFrom(kNextSteps));
            m_at = at;
            Result<Opportunity> created = m_store.create(o);
            if (!created)
                return created.error();
            ++m_summary.deals;
            ++m_summary.stageChanges;
            o = *created;
            const int lastOpen = int(m_stages.size()) - 1;
            for (;;) {
                at = at.addSecs(qint64(3 + pick(40)) * 86400 + pick(36000));
                if (at >= m_now)
                    break; // still where it is today
                const int roll = pick(100);
                if (stage >= 2 && roll < 10) {
                    o.status = DealStatus::Lost;
                    o.reason = s(pickFrom(kLossReasons));
                } else if (stage >= 4 && roll < 40) {
                    o.status = DealStatus::Won;
                    o.reason = s(pickFrom(kWinReasons));
                } else if (stage > 0 && roll >= 92) {
                    --stage; // the customer reopened a question
                } else if (stage < lastOpen) {
                    ++stage;
                } else {
                    o.status = DealStatus::Won; // in maintenance, the deal is done
                    o.reason = s(pickFrom(kWinReasons));
                }
                o.stageId = m_stages[size_t(stage)].meta.id;
                o.probability = m_stages[size_t(stage)].probability;
                if (o.status != DealStatus::Open)
                    o.closedOn = at.date();
                if (o.status == DealStatus::Won)
                    wonByQuarter[analytics::periodStart(o.closedOn, analytics::Granularity::Quarter)] += o.amountMinor;
                m_at = at;
                if (Result<void> r = m_store.update(o); !r)
                    return r.error();
                ++m_summary.stageChanges;
                if (o.status != DealStatus::Open)
                    break;
            }
            if (o.status == DealStatus::Open && o.expectedClose < m_now.date()) {
                // A deal still open past its date has been rescheduled, as managers do.
                o.expectedClose = m_now.date().addDays(10 + pick(300));
                if (Result<void> r = m_store.update(o); !r)
                    return r.error();
            }
            ids << created->meta.id;
        }
        m_at = m_now;
        return ids;
    }

    /// Contacts over the past year, more for higher tiers; the latest ones leave next steps
    /// open around today, and some key accounts have gone too long without a visit.
    Result<void> createActivities(const Account &account, const QStringList &contacts,
                                  const QStringList &deals)
    {
        const int count = account.tier == Tier::Core ? 8 + pick(8)
            : account.tier == Tier::Key              ? 4 + pick(6)
            : account.tier == Tier::Ordinary         ? 1 + pick(4)
                                                     : pick(3);
        // Some accounts are neglected: their last contact lies months back.
        const int quietDays = chance(20) ? 40 + pick(120) : 0;
        for (int i = 0; i < count; ++i) {
            const ActivityText &text = pickFrom(kActivities);
            Activity a;
            a.accountId = account.meta.id;
            a.kind = text.kind;
            a.summary = s(text.summary);
            a.outcome = s(text.outcome);
            a.ownerId = account.ownerId;
            a.currency = account.currency;
            // The latest contact of an attended account leaves a next step due around today.
            const bool latest = i == 0 && quietDays == 0 && account.tier != Tier::Unrated && chance(60);
            a.occurredAt = m_now.addDays(-quietDays - (latest ? 1 + pick(10) : pick(360))).addSecs(-pick(30000));
            if (!contacts.isEmpty())
                a.contactIds = contacts[pick(int(contacts.size()))];
            if (!deals.isEmpty() && chance(50))
                a.opportunityId = deals[pick(int(deals.size()))];
            if (a.kind == ActivityKind::Visit || a.kind == ActivityKind::Meeting)
                a.costMinor = qint64(200 + pick(2800)) * 100; // travel and hosting
            if (latest) {
                a.nextStep = s(pickFrom(kNextSteps));
                a.dueOn = std::max(a.occurredAt.toLocalTime().date(), m_now.date().addDays(pick(11) - 4));
            } else if (chance(60)) {
                a.nextStep = s(pickFrom(kNextSteps));
                a.dueOn = a.occurredAt.date().addDays(3 + pick(21));
                a.done = a.dueOn < m_now.date().addDays(-7) || chance(40);
            }
            if (Result<Activity> r = m_store.create(a); !r)
                return r.error();
            ++m_summary.activities;
        }
        return {};
    }

    Store &m_store;
    DemoOptions m_options;
    QRandomGenerator m_rng;
    DemoSummary m_summary;
    QStringList m_managers;
    std::vector<std::pair<QString, CatalogueItem>> m_products; ///< (id, what it is)
    std::vector<Stage> m_stages;
    std::vector<std::pair<QString, Campaign>> m_campaigns; ///< (id, campaign), in kCampaigns order
    QString m_standardModel; ///< the value model name tier decisions cite
    QDateTime m_now; ///< the real time the demo is made at
    QDateTime m_at;  ///< the time the store stamps the rows being written with
    QSet<QString> m_names;
    QSet<QString> m_codes;
};

} // namespace

Result<DemoSummary> generateDemo(Store &store, const DemoOptions &options,
                                 const DemoProgress &progress)
{
    return Generator(store, options).run(progress);
}

} // namespace kam
