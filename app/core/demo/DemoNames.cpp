#include "demo/DemoNames.h"

#include <QRandomGenerator>

#include <array>

namespace qadesk::DemoNames {

namespace {

constexpr std::array<const char *, 24> baseTeams = {
    "售后一组",   "售后二组",   "售后三组",   "投诉处理组", "在线客服一组", "在线客服二组", "热线一组",   "热线二组",
    "热线三组",   "VIP专席",    "电商客服组", "会员服务组", "物流协调组",   "退换货专组",   "账单服务组", "技术支持组",
    "安装预约组", "夜班值守组", "英文服务台", "质量回访组", "新客咨询组",   "企业客户组",   "政企专席",   "升级处理组"};

struct WeightedSurname
{
    const char *name;
    int weight; // per mille of the population, roughly
};

// Frequencies after the national surname statistics, rounded; rare compound surnames are kept for colour.
constexpr WeightedSurname surnames[] = {
    {"王", 71}, {"李", 70},  {"张", 67}, {"刘", 54}, {"陈", 45}, {"杨", 31}, {"赵", 23}, {"黄", 22}, {"周", 21},
    {"吴", 20}, {"徐", 17},  {"孙", 15}, {"胡", 13}, {"朱", 13}, {"高", 12}, {"林", 12}, {"何", 12}, {"郭", 11},
    {"马", 11}, {"罗", 9},   {"梁", 9},  {"宋", 8},  {"郑", 8},  {"谢", 7},  {"韩", 6},  {"唐", 6},  {"冯", 6},
    {"于", 6},  {"董", 5},   {"萧", 5},  {"程", 5},  {"曹", 5},  {"袁", 5},  {"邓", 5},  {"许", 5},  {"傅", 4},
    {"沈", 4},  {"曾", 4},   {"彭", 4},  {"吕", 4},  {"苏", 4},  {"卢", 4},  {"蒋", 4},  {"蔡", 4},  {"贾", 3},
    {"丁", 3},  {"魏", 3},   {"薛", 3},  {"叶", 3},  {"阎", 3},  {"余", 3},  {"潘", 3},  {"杜", 3},  {"戴", 3},
    {"夏", 2},  {"钟", 2},   {"汪", 2},  {"田", 2},  {"任", 2},  {"姜", 2},  {"范", 2},  {"方", 2},  {"石", 2},
    {"姚", 2},  {"谭", 2},   {"廖", 2},  {"邹", 2},  {"熊", 2},  {"金", 2},  {"陆", 2},  {"郝", 2},  {"孔", 2},
    {"白", 2},  {"崔", 2},   {"康", 2},  {"毛", 2},  {"邱", 2},  {"秦", 2},  {"江", 2},  {"史", 2},  {"顾", 2},
    {"侯", 2},  {"邵", 2},   {"孟", 2},  {"龙", 2},  {"万", 2},  {"段", 2},  {"雷", 2},  {"钱", 2},  {"汤", 2},
    {"尹", 2},  {"黎", 2},   {"易", 2},  {"常", 2},  {"武", 2},  {"乔", 2},  {"贺", 2},  {"赖", 2},  {"龚", 2},
    {"文", 2},  {"欧阳", 1}, {"上官", 1}};

constexpr std::array<const char *, 40> singleGivenNames = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
                                                           "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚",
                                                           "英", "华", "玲", "鹏", "辉", "倩", "婷", "宇", "浩", "凯",
                                                           "帆", "琳", "颖", "雪", "晨", "欣", "悦", "峰", "斌", "莉"};

constexpr std::array<const char *, 36> givenFirst = {
    "子", "梓", "浩", "宇", "欣", "思", "雨", "嘉", "佳", "俊", "志", "建", "晓", "文", "天", "海", "春", "秀",
    "丽", "明", "玉", "国", "家", "一", "诗", "雅", "婉", "梦", "博", "泽", "昊", "晨", "立", "德", "永", "凤"};

constexpr std::array<const char *, 36> givenSecond = {
    "涵", "轩", "怡", "萱", "涛", "杰", "琪", "洋", "婷", "辉", "华", "平", "明", "燕", "军", "宁", "阳", "航",
    "然", "彤", "敏", "霞", "峰", "鑫", "强", "瑶", "琳", "诚", "宇", "鹏", "颖", "斌", "丹", "磊", "芳", "伟"};

constexpr std::array<const char *, 20> englishGiven = {
    "Emma",  "Olivia", "Sophia", "Linda", "Grace",   "Lily", "Cindy", "Vivian", "Amy",    "Helen",
    "Kevin", "Jason",  "Eric",   "David", "Michael", "Tony", "Jack",  "Leo",    "Daniel", "Ryan"};

constexpr std::array<const char *, 20> englishFamily = {"Wang",  "Li",    "Zhang",  "Liu",    "Chen",   "Yang", "Zhao",
                                                        "Huang", "Zhou",  "Wu",     "Xu",     "Sun",    "Lin",  "He",
                                                        "Smith", "Brown", "Miller", "Wilson", "Taylor", "Clark"};

// Real mobile number blocks of the three carriers (and virtual operators), all matching 1[3-9]x.
constexpr std::array<const char *, 45> mobilePrefixes = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "171", "172", "173", "175", "176", "177", "178", "180",
    "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "197", "198", "199"};

constexpr std::array<const char *, 10> chineseDigits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

template <std::size_t N> QString pickFrom(const std::array<const char *, N> &list, QRandomGenerator &rng)
{
    return QString::fromUtf8(list[rng.bounded(static_cast<quint32>(N))]);
}

// 1..99 in Chinese numerals as used in team names (十一, 二十, 三十五).
QString chineseNumber(int n)
{
    const int tens = n / 10;
    const int ones = n % 10;
    QString text;
    if (tens > 1) {
        text += QString::fromUtf8(chineseDigits[tens]);
    }
    if (tens > 0) {
        text += QStringLiteral("十");
    }
    text += QString::fromUtf8(chineseDigits[ones]);
    return text;
}

} // namespace

QStringList teamNames(int count)
{
    QStringList names;
    if (count <= 0) {
        return names;
    }
    names.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (i < static_cast<int>(baseTeams.size())) {
            names.append(QString::fromUtf8(baseTeams[i]));
            continue;
        }
        const int n = i - static_cast<int>(baseTeams.size()) + 1;
        names.append(n < 100 ? QStringLiteral("综合服务%1组").arg(chineseNumber(n))
                             : QStringLiteral("综合服务组%1").arg(n));
    }
    return names;
}

QString surname(QRandomGenerator &rng)
{
    static const int total = [] {
        int sum = 0;
        for (const WeightedSurname &s : surnames) {
            sum += s.weight;
        }
        return sum;
    }();
    int ticket = static_cast<int>(rng.bounded(static_cast<quint32>(total)));
    for (const WeightedSurname &s : surnames) {
        if (ticket < s.weight) {
            return QString::fromUtf8(s.name);
        }
        ticket -= s.weight;
    }
    return QString::fromUtf8(surnames[0].name);
}

QString agentName(QRandomGenerator &rng)
{
    if (rng.bounded(100) < 3) {
        return pickFrom(englishGiven, rng) + QLatin1Char(' ') + pickFrom(englishFamily, rng);
    }
    QString name = surname(rng);
    if (rng.bounded(100) < 35) {
        name += pickFrom(singleGivenNames, rng);
    } else {
        name += pickFrom(givenFirst, rng);
        name += pickFrom(givenSecond, rng);
    }
    return name;
}

QString customerPhone(QRandomGenerator &rng)
{
    QString phone = QString::fromLatin1(mobilePrefixes[rng.bounded(static_cast<quint32>(mobilePrefixes.size()))]);
    phone.reserve(11);
    for (int i = 0; i < 8; ++i) {
        phone += QLatin1Char(static_cast<char>('0' + rng.bounded(10)));
    }
    return phone;
}

} // namespace qadesk::DemoNames
