#include "demo/PhraseBookReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace qadesk::demo {

namespace {

template <typename Owner, typename Member>
using Field = std::pair<const char *, Member Owner::*>;

using IdentityLists = std::array<PhraseList, identityCount>;

constexpr Field<ChannelPhrases, PhraseList> kChannelLists[] = {
    {"greetingsBeforeProblem", &ChannelPhrases::greetingsBeforeProblem},
    {"greetingsAfterProblem", &ChannelPhrases::greetingsAfterProblem},
    {"openers", &ChannelPhrases::openers},
    {"problemLeads", &ChannelPhrases::problemLeads},
    {"nudges", &ChannelPhrases::nudges},
    {"holds", &ChannelPhrases::holds},
    {"closings", &ChannelPhrases::closings},
    {"curtClosings", &ChannelPhrases::curtClosings},
    {"systemStart", &ChannelPhrases::systemStart},
    {"systemEnd", &ChannelPhrases::systemEnd},
};

constexpr Field<CommonPhrases, PhraseList> kCommonLists[] = {
    {"plainGreetingsBefore", &CommonPhrases::plainGreetingsBefore},
    {"plainGreetingsAfter", &CommonPhrases::plainGreetingsAfter},
    {"curtGreetingsBefore", &CommonPhrases::curtGreetingsBefore},
    {"curtGreetingsAfter", &CommonPhrases::curtGreetingsAfter},
    {"acknowledgements", &CommonPhrases::acknowledgements},
    {"calming", &CommonPhrases::calming},
    {"identityConfirmed", &CommonPhrases::identityConfirmed},
    {"curtIdentityConfirmed", &CommonPhrases::curtIdentityConfirmed},
    {"restatePrefixes", &CommonPhrases::restatePrefixes},
    {"restateSuffixes", &CommonPhrases::restateSuffixes},
    {"confirmations", &CommonPhrases::confirmations},
    {"holdReturns", &CommonPhrases::holdReturns},
    {"nudgeApologies", &CommonPhrases::nudgeApologies},
    {"analysisReactions", &CommonPhrases::analysisReactions},
    {"curtAnalyses", &CommonPhrases::curtAnalyses},
    {"complaints", &CommonPhrases::complaints},
    {"curtReplies", &CommonPhrases::curtReplies},
    {"curtComebacks", &CommonPhrases::curtComebacks},
    {"accepts", &CommonPhrases::accepts},
    {"rejects", &CommonPhrases::rejects},
    {"anythingElseAsks", &CommonPhrases::anythingElseAsks},
    {"anythingElseNo", &CommonPhrases::anythingElseNo},
    {"satisfactionAsks", &CommonPhrases::satisfactionAsks},
    {"satisfactionInvites", &CommonPhrases::satisfactionInvites},
    {"satisfiedReplies", &CommonPhrases::satisfiedReplies},
    {"neutralReplies", &CommonPhrases::neutralReplies},
    {"dissatisfiedReplies", &CommonPhrases::dissatisfiedReplies},
    {"customerByes", &CommonPhrases::customerByes},
    {"angryByes", &CommonPhrases::angryByes},
    {"repeatAsks", &CommonPhrases::repeatAsks},
    {"repeatLeads", &CommonPhrases::repeatLeads},
    {"secondIssueLeads", &CommonPhrases::secondIssueLeads},
    {"answerPrefixes", &CommonPhrases::answerPrefixes},
    {"probeAcks", &CommonPhrases::probeAcks},
    {"emailReplyOpenings", &CommonPhrases::emailReplyOpenings},
    {"emailSignatures", &CommonPhrases::emailSignatures},
    {"curtEmailSignatures", &CommonPhrases::curtEmailSignatures},
    {"customerEmailOpenings", &CommonPhrases::customerEmailOpenings},
    {"customerEmailClosings", &CommonPhrases::customerEmailClosings},
};

constexpr Field<CommonPhrases, IdentityLists> kCommonByIdentity[] = {
    {"identityAsks", &CommonPhrases::identityAsks},
    {"curtIdentityAsks", &CommonPhrases::curtIdentityAsks},
    {"identityGives", &CommonPhrases::identityGives},
};

constexpr Field<CommonPhrases, QList<Exchange>> kCommonExchanges[] = {
    {"followUps", &CommonPhrases::followUps},
    {"orderFollowUps", &CommonPhrases::orderFollowUps},
    {"probes", &CommonPhrases::probes},
    {"smallTalk", &CommonPhrases::smallTalk},
};

constexpr Field<Scenario, PhraseList> kScenarioLists[] = {
    {"problems", &Scenario::problems},   {"needs", &Scenario::needs},         {"upsets", &Scenario::upsets},
    {"analyses", &Scenario::analyses},   {"solutions", &Scenario::solutions}, {"curtReplies", &Scenario::curtReplies},
};

constexpr Field<Scenario, QList<Exchange>> kScenarioExchanges[] = {
    {"followUps", &Scenario::followUps},
    {"probes", &Scenario::probes},
};

// In the order of the Channel, Identity and category enumerations.
constexpr const char *kChannelNames[channelCount] = {"phone", "chat", "email", "other"};
constexpr const char *kIdentityNames[identityCount] = {"none", "phone", "order", "idCard"};
constexpr const char *kCategoryNames[categoryCount] = {"consultation", "complaint", "after_sales", "suggestion",
                                                       "other"};

class Reader
{
public:
    explicit Reader(QString name) : m_name(std::move(name)) {}

    [[noreturn]] void fail(const QString &what) const
    {
        qFatal("Demo phrase book %s: %s", qPrintable(m_name), qPrintable(what));
    }

    PhraseList phraseList(const QJsonValue &value, const QString &where) const
    {
        if (!value.isArray()) {
            fail(where + QStringLiteral(" is not a list of phrases"));
        }
        PhraseList list;
        const QJsonArray array = value.toArray();
        list.reserve(array.size());
        for (const QJsonValue text : array) {
            if (!text.isString()) {
                fail(where + QStringLiteral(" holds something other than text"));
            }
            list.append(PhraseTemplate(text.toString().toUtf8().constData()));
        }
        return list;
    }

    QList<Exchange> exchangeList(const QJsonValue &value, const QString &where) const
    {
        if (!value.isArray()) {
            fail(where + QStringLiteral(" is not a list of exchanges"));
        }
        QList<Exchange> list;
        const QJsonArray array = value.toArray();
        list.reserve(array.size());
        for (const QJsonValue pair : array) {
            const QJsonArray two = pair.toArray();
            if (two.size() != 2 || !two.at(0).isString() || !two.at(1).isString()) {
                fail(where + QStringLiteral(" holds something other than [first, second]"));
            }
            list.append(Exchange{PhraseTemplate(two.at(0).toString().toUtf8().constData()),
                                 PhraseTemplate(two.at(1).toString().toUtf8().constData())});
        }
        return list;
    }

    // Every key of `object` must be one of `known`: a misspelt field would otherwise leave a list empty.
    void checkKeys(const QJsonObject &object, const QStringList &known, const QString &where) const
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                fail(QStringLiteral("unknown field \"%1\" in %2").arg(it.key(), where));
            }
        }
    }

    template <typename Owner, typename Member, std::size_t N>
    static QStringList names(const Field<Owner, Member> (&fields)[N])
    {
        QStringList list;
        for (const auto &field : fields) {
            list << QString::fromLatin1(field.first);
        }
        return list;
    }

    ChannelPhrases channel(const QJsonObject &object, const QString &where) const
    {
        checkKeys(object, names(kChannelLists), where);
        ChannelPhrases phrases;
        for (const auto &[name, member] : kChannelLists) {
            if (object.contains(QLatin1String(name))) {
                phrases.*member = phraseList(object.value(QLatin1String(name)), where + QLatin1Char('.') + QLatin1String(name));
            }
        }
        return phrases;
    }

    CommonPhrases common(const QJsonObject &object) const
    {
        const QString where = QStringLiteral("common");
        checkKeys(object,
                  QStringList{QStringLiteral("channels")} + names(kCommonLists) + names(kCommonByIdentity) +
                      names(kCommonExchanges),
                  where);
        CommonPhrases common;
        const QJsonObject channels = object.value(QLatin1String("channels")).toObject();
        checkKeys(channels, enumNames(kChannelNames), QStringLiteral("common.channels"));
        for (int i = 0; i < channelCount; ++i) {
            common.channels[i] = channel(channels.value(QLatin1String(kChannelNames[i])).toObject(),
                                         QStringLiteral("common.channels.") + QLatin1String(kChannelNames[i]));
        }
        for (const auto &[name, member] : kCommonLists) {
            if (object.contains(QLatin1String(name))) {
                common.*member = phraseList(object.value(QLatin1String(name)), where + QLatin1Char('.') + QLatin1String(name));
            }
        }
        for (const auto &[name, member] : kCommonByIdentity) {
            const QJsonObject byIdentity = object.value(QLatin1String(name)).toObject();
            const QString at = where + QLatin1Char('.') + QLatin1String(name);
            checkKeys(byIdentity, enumNames(kIdentityNames), at);
            for (int i = 0; i < identityCount; ++i) {
                if (byIdentity.contains(QLatin1String(kIdentityNames[i]))) {
                    (common.*member)[i] = phraseList(byIdentity.value(QLatin1String(kIdentityNames[i])),
                                                     at + QLatin1Char('.') + QLatin1String(kIdentityNames[i]));
                }
            }
        }
        for (const auto &[name, member] : kCommonExchanges) {
            if (object.contains(QLatin1String(name))) {
                common.*member = exchangeList(object.value(QLatin1String(name)), where + QLatin1Char('.') + QLatin1String(name));
            }
        }
        return common;
    }

    Scenario scenario(const QJsonObject &object, qsizetype index) const
    {
        const QString where = QStringLiteral("scenario %1").arg(index);
        checkKeys(object,
                  QStringList{QStringLiteral("key"), QStringLiteral("categories"), QStringLiteral("identity"),
                              QStringLiteral("aboutOrder")} +
                      names(kScenarioLists) + names(kScenarioExchanges),
                  where);
        Scenario s;
        s.key = object.value(QLatin1String("key")).toString();
        for (const QJsonValue category : object.value(QLatin1String("categories")).toArray()) {
            s.categories |= categoryBit(indexOf(kCategoryNames, category.toString(), where + QStringLiteral(".categories")));
        }
        s.identity = static_cast<Identity>(
            indexOf(kIdentityNames, object.value(QLatin1String("identity")).toString(), where + QStringLiteral(".identity")));
        s.aboutOrder = object.value(QLatin1String("aboutOrder")).toBool();
        for (const auto &[name, member] : kScenarioLists) {
            if (object.contains(QLatin1String(name))) {
                s.*member = phraseList(object.value(QLatin1String(name)), where + QLatin1Char('.') + QLatin1String(name));
            }
        }
        for (const auto &[name, member] : kScenarioExchanges) {
            if (object.contains(QLatin1String(name))) {
                s.*member = exchangeList(object.value(QLatin1String(name)), where + QLatin1Char('.') + QLatin1String(name));
            }
        }
        return s;
    }

    template <std::size_t N>
    static QStringList enumNames(const char *const (&list)[N])
    {
        QStringList names;
        for (const char *name : list) {
            names << QString::fromLatin1(name);
        }
        return names;
    }

    template <std::size_t N>
    int indexOf(const char *const (&list)[N], const QString &name, const QString &where) const
    {
        const qsizetype i = enumNames(list).indexOf(name);
        if (i < 0) {
            fail(QStringLiteral("unknown value \"%1\" in %2").arg(name, where));
        }
        return int(i);
    }

private:
    QString m_name;
};

} // namespace

PhraseBook PhraseBookReader::read(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Demo phrase book %s: %s", qPrintable(resourcePath), qPrintable(file.errorString()));
    }
    return fromJson(file.readAll(), resourcePath);
}

PhraseBook PhraseBookReader::fromJson(const QByteArray &json, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    Reader reader(name);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        reader.fail(QStringLiteral("not a JSON object (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    }
    const QJsonObject root = document.object();
    reader.checkKeys(root, {QStringLiteral("common"), QStringLiteral("scenarios")}, QStringLiteral("the file"));
    PhraseBook book;
    book.common = reader.common(root.value(QLatin1String("common")).toObject());
    const QJsonArray scenarios = root.value(QLatin1String("scenarios")).toArray();
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        book.scenarios.append(reader.scenario(scenarios.at(i).toObject(), i));
    }
    book.indexCategories();
    return book;
}

} // namespace qadesk::demo
