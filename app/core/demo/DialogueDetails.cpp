#include "demo/DialogueDetails.h"

#include "demo/DemoNames.h"

#include <QRandomGenerator>

namespace qadesk::demo {

namespace {

template <std::size_t N> const char *choose(const char *const (&list)[N], QRandomGenerator &rng)
{
    return list[rng.bounded(static_cast<quint32>(N))];
}

template <std::size_t N> QString chooseText(const char *const (&list)[N], QRandomGenerator &rng)
{
    return QString::fromUtf8(choose(list, rng));
}

constexpr const char *couriersZh[] = {"顺丰", "中通", "圆通", "韵达", "申通", "京东物流", "邮政EMS"};
constexpr const char *courierPrefixesZh[] = {"SF", "ZT", "YT", "YD", "ST", "JDV", "EMS"};
constexpr const char *couriersEn[] = {"UPS", "FedEx", "DHL", "SF Express"};

constexpr const char *productsZh[] = {"蓝牙耳机", "扫地机器人", "电动牙刷", "空气炸锅", "智能手表", "行李箱",
                                      "羽绒服",   "运动鞋",     "保温杯",   "电饭煲",   "吸尘器",   "台灯",
                                      "加湿器",   "破壁机",     "双肩包",   "咖啡机",   "电热水壶", "床上四件套"};
constexpr const char *productsEn[] = {
    "wireless earbuds", "robot vacuum",      "electric toothbrush", "air fryer",
    "smartwatch",       "carry-on suitcase", "down jacket",         "pair of running shoes",
    "coffee maker",     "desk lamp",         "humidifier",          "blender",
    "rice cooker",      "backpack",          "electric kettle",     "bedding set"};
constexpr const char *devicesZh[] = {"扫地机器人", "智能手表",   "路由器",     "智能门锁",  "蓝牙耳机",
                                     "智能音箱",   "空气净化器", "监控摄像头", "扫拖一体机"};
constexpr const char *devicesEn[] = {"robot vacuum",  "smartwatch",   "Wi-Fi router",    "smart door lock",
                                     "smart speaker", "air purifier", "security camera", "wireless earbuds"};
constexpr const char *appliancesZh[] = {"空调", "热水器", "洗碗机", "油烟机", "净水器", "洗衣机", "集成灶"};
constexpr const char *appliancesEn[] = {"air conditioner", "water heater",   "dishwasher",
                                        "range hood",      "water purifier", "washing machine"};
constexpr const char *pricesZh[] = {"39",  "59",  "89.9", "99",  "129",  "199",  "259",  "299",
                                    "399", "499", "699",  "899", "1299", "1599", "2399", "3299"};
constexpr const char *pricesEn[] = {"19.99", "29.99",  "39.90",  "49.99",  "59.00",  "79.99",
                                    "99.00", "129.99", "149.00", "199.99", "249.00", "399.00"};
constexpr const char *monthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
constexpr const char *daysZh[] = {"两", "三", "三", "四", "五", "五", "六", "七", "十"};
constexpr const char *daysEn[] = {"two", "three", "three", "four", "five", "five", "six", "seven", "ten"};
constexpr const char *agentAliasesEn[] = {"Emma",   "Olivia", "Sophia", "Linda", "Grace", "Lily", "Cindy",
                                          "Vivian", "Kevin",  "Jason",  "Eric",  "David", "Tony", "Leo"};
constexpr const char *familyNamesEn[] = {"Chen",   "Wang", "Garcia", "Smith", "Brown", "Miller", "Lee",
                                         "Nguyen", "Kim",  "Müller", "Rossi", "Patel", "Taylor", "Lopez"};
constexpr const char *timeSlotsZh[] = {"上午9点到12点", "下午1点到5点", "下午2点到6点", "晚上6点到9点"};
constexpr const char *timeSlotsEn[] = {"between 9 am and 12 pm", "between 1 pm and 5 pm", "between 2 pm and 6 pm",
                                       "between 6 pm and 9 pm"};
constexpr const char *hours[] = {"24", "24", "48", "48", "72"};
constexpr const char *minutes[] = {"2", "3", "3", "5"};
constexpr const char *membersZh[] = {"银卡", "金卡", "金卡", "白金", "钻石"};
constexpr const char *membersEn[] = {"Silver", "Gold", "Gold", "Platinum", "Diamond"};
constexpr const char *citiesZh[] = {"北京市朝阳区", "上海市浦东新区", "广州市天河区", "深圳市南山区", "杭州市西湖区",
                                    "成都市武侯区", "武汉市洪山区",   "南京市鼓楼区", "西安市雁塔区", "重庆市渝北区"};
constexpr const char *citiesEn[] = {"Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu"};
constexpr const char *roadsZh[] = {"建设路",   "人民路", "解放大道", "中山路",
                                   "科技园路", "长江路", "望京西路", "文三路"};
constexpr const char *estatesZh[] = {"阳光花园", "锦绣家园", "幸福里小区", "金色港湾", "翠湖苑", "枫林小区"};
constexpr const char *roadsEn[] = {"Century Avenue", "Nanjing West Road", "Jianguo Road",
                                   "Tianhe Road",    "Keyuan Road",       "Wensan Road"};
// Region codes of real districts, so generated ID-card numbers look plausible for a masking demo.
constexpr const char *idRegions[] = {"110105", "310115", "440106", "440305", "330106", "320106", "510107",
                                     "420111", "610113", "500112", "370202", "350203", "430104", "410105"};
// UnionPay issuer prefixes of large Chinese banks.
constexpr const char *cardPrefixesZh[] = {"622202", "621700", "622848", "622588", "621483", "622262", "621661"};

} // namespace

DialogueDetails::DialogueDetails(QRandomGenerator &rng, bool english) : m_rng(rng), m_english(english) {}

const QString &DialogueDetails::value(Slot slot)
{
    const auto index = static_cast<std::size_t>(slot);
    if (!m_known[index]) {
        m_values[index] = make(slot);
        m_known[index] = true;
    }
    return m_values[index];
}

void DialogueDetails::forgetOrder()
{
    for (const Slot slot : {Slot::Order, Slot::Tracking, Slot::Courier, Slot::Product, Slot::Device, Slot::Appliance,
                            Slot::Amount, Slot::Date, Slot::LaterDate, Slot::Days, Slot::Ticket}) {
        m_known[static_cast<std::size_t>(slot)] = false;
    }
    m_courier = -1;
    m_month = 0;
}

QString DialogueDetails::make(Slot slot)
{
    switch (slot) {
    case Slot::Order:
        return orderNumber();
    case Slot::Tracking:
        return trackingNumber();
    case Slot::Courier:
        if (m_courier < 0) {
            m_courier = static_cast<int>(m_rng.bounded(m_english ? 4u : 7u));
        }
        return QString::fromUtf8(m_english ? couriersEn[m_courier] : couriersZh[m_courier]);
    case Slot::Product:
        return m_english ? chooseText(productsEn, m_rng) : chooseText(productsZh, m_rng);
    case Slot::Device:
        return m_english ? chooseText(devicesEn, m_rng) : chooseText(devicesZh, m_rng);
    case Slot::Appliance:
        return m_english ? chooseText(appliancesEn, m_rng) : chooseText(appliancesZh, m_rng);
    case Slot::Amount:
        return amount();
    case Slot::Date:
        ensureDate();
        return date(0);
    case Slot::LaterDate:
        ensureDate();
        return date(2 + static_cast<int>(m_rng.bounded(5)));
    case Slot::Days:
        return m_english ? chooseText(daysEn, m_rng) : chooseText(daysZh, m_rng);
    case Slot::Phone:
        return DemoNames::customerPhone(m_rng);
    case Slot::IdCard:
        return m_english ? QLatin1Char('E') + digits(8) : idCardNumber();
    case Slot::BankCard:
        return bankCardNumber();
    case Slot::CardTail:
        return value(Slot::BankCard).right(4);
    case Slot::Agent:
        return m_english ? chooseText(agentAliasesEn, m_rng) : QStringLiteral("小") + DemoNames::surname(m_rng);
    case Slot::Staff:
        return QString::number(1001 + m_rng.bounded(8999));
    case Slot::Customer:
        if (m_english) {
            return QString::fromLatin1(m_rng.bounded(2) ? "Mr. " : "Ms. ") + chooseText(familyNamesEn, m_rng);
        }
        return DemoNames::surname(m_rng) + (m_rng.bounded(2) ? QStringLiteral("先生") : QStringLiteral("女士"));
    case Slot::TimeSlot:
        return m_english ? chooseText(timeSlotsEn, m_rng) : chooseText(timeSlotsZh, m_rng);
    case Slot::Hours:
        return chooseText(hours, m_rng);
    case Slot::Minutes:
        return chooseText(minutes, m_rng);
    case Slot::Member:
        return m_english ? chooseText(membersEn, m_rng) : chooseText(membersZh, m_rng);
    case Slot::Points:
        return QString::number((5 + m_rng.bounded(240)) * 10);
    case Slot::Address:
        return address();
    case Slot::City:
        return m_english ? chooseText(citiesEn, m_rng) : chooseText(citiesZh, m_rng).left(3);
    case Slot::Ticket:
        return m_english ? QStringLiteral("CS-") + digits(7) : QStringLiteral("GD") + digits(10);
    case Slot::Count:
        break;
    }
    return QString();
}

QString DialogueDetails::digits(int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i) {
        text += QLatin1Char(static_cast<char>('0' + m_rng.bounded(10)));
    }
    return text;
}

QString DialogueDetails::orderNumber()
{
    // Twelve digits starting with the year and date, like big Chinese shops print: never 11 or 16-19
    // digits, so masking rules for phone and card numbers cannot mistake an order number for one.
    if (m_english) {
        return QLatin1Char('#') + QString::number(4 + m_rng.bounded(5)) + digits(8);
    }
    ensureDate();
    QString number = QStringLiteral("2") + QString::number(3 + m_rng.bounded(3));
    number += QString::number(m_month).rightJustified(2, QLatin1Char('0'));
    number += QString::number(m_day).rightJustified(2, QLatin1Char('0'));
    number += digits(6);
    return number;
}

QString DialogueDetails::trackingNumber()
{
    value(Slot::Courier);
    if (m_english) {
        switch (m_courier) {
        case 0:
            return QStringLiteral("1Z") + digits(4) + QStringLiteral("W") + digits(11);
        case 1:
            return digits(12);
        case 2:
            return QString::number(1 + m_rng.bounded(9)) + digits(9);
        default:
            return QStringLiteral("SF") + digits(12);
        }
    }
    return QString::fromLatin1(courierPrefixesZh[m_courier]) + digits(m_courier == 0 ? 12 : 13);
}

QString DialogueDetails::idCardNumber()
{
    // 18 characters: region, birth date, sequence and the ISO 7064 MOD 11-2 check character.
    QString id = chooseText(idRegions, m_rng);
    id += QString::number(1965 + m_rng.bounded(39));
    id += QString::number(1 + m_rng.bounded(12)).rightJustified(2, QLatin1Char('0'));
    id += QString::number(1 + m_rng.bounded(28)).rightJustified(2, QLatin1Char('0'));
    id += digits(3);
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += (id.at(i).unicode() - u'0') * weights[i];
    }
    id += QLatin1Char("10X98765432"[sum % 11]);
    return id;
}

QString DialogueDetails::bankCardNumber()
{
    // A UnionPay (or, for the English desk, Visa) number with a valid Luhn check digit.
    QString card = m_english ? QStringLiteral("4") + digits(5) : chooseText(cardPrefixesZh, m_rng);
    const int length = m_english || m_rng.bounded(3) ? 16 : 19;
    card += digits(length - 1 - static_cast<int>(card.size()));
    int sum = 0;
    for (qsizetype i = card.size() - 1, position = 0; i >= 0; --i, ++position) {
        int digit = card.at(i).unicode() - u'0';
        if (position % 2 == 0) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
    }
    card += QLatin1Char(static_cast<char>('0' + (10 - sum % 10) % 10));
    return card;
}

QString DialogueDetails::amount()
{
    return m_english ? chooseText(pricesEn, m_rng) : chooseText(pricesZh, m_rng);
}

void DialogueDetails::ensureDate()
{
    if (m_month == 0) {
        m_month = 1 + static_cast<int>(m_rng.bounded(12));
        m_day = 1 + static_cast<int>(m_rng.bounded(28));
    }
}

QString DialogueDetails::date(int dayOffset)
{
    int month = m_month;
    int day = m_day + dayOffset;
    if (day > 28) { // every month has 28 days; good enough for made-up dates
        day -= 28;
        month = month % 12 + 1;
    }
    if (m_english) {
        return QString::fromLatin1(monthsEn[month - 1]) + QLatin1Char(' ') + QString::number(day);
    }
    return QString::number(month) + QStringLiteral("月") + QString::number(day) + QStringLiteral("号");
}

QString DialogueDetails::address()
{
    if (m_english) {
        return QStringLiteral("Room %1, %2 %3, %4")
            .arg(QString::number((2 + m_rng.bounded(28)) * 100 + 1 + m_rng.bounded(8)),
                 QString::number(1 + m_rng.bounded(300)), chooseText(roadsEn, m_rng), value(Slot::City));
    }
    return chooseText(citiesZh, m_rng) + chooseText(roadsZh, m_rng) + QString::number(1 + m_rng.bounded(300)) +
           QStringLiteral("号") + chooseText(estatesZh, m_rng) + QString::number(1 + m_rng.bounded(20)) +
           QStringLiteral("栋") + QString::number(1 + m_rng.bounded(4)) + QStringLiteral("单元") +
           QString::number((1 + m_rng.bounded(30)) * 100 + 1 + m_rng.bounded(4));
}

} // namespace qadesk::demo
