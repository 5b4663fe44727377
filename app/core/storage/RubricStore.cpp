#include "RubricStore.h"

#include "Connection.h"
#include "Error.h"
#include "scoring/RubricLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace qadesk {

namespace {

int insertedId(const QSqlQuery &query)
{
    const QVariant id = query.lastInsertId();
    if (!id.isValid()) {
        throw Error(QCoreApplication::translate("RubricStore", "The database did not report the id of a new row"));
    }
    return id.toInt();
}

RubricVersionInfo versionFrom(const QSqlQuery &query)
{
    return RubricVersionInfo{query.value(0).toInt(), query.value(1).toString(), query.value(2).toInt(),
                             query.value(3).toLongLong()};
}

} // namespace

int RubricStore::currentVersionId(const QString &rubricKey)
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT v.id FROM rubric_versions v "
                                                      "JOIN rubrics r ON r.id = v.rubric_id "
                                                      "WHERE r.rubric_key = ? ORDER BY v.version DESC LIMIT 1"),
                                       {rubricKey});
    return query.next() ? query.value(0).toInt() : 0;
}

Rubric RubricStore::current()
{
    const Rubric shipped = RubricLoader::defaultRubric();
    const int version = currentVersionId(shipped.key);
    return version != 0 ? load(version) : shipped;
}

int RubricStore::ensureDefault()
{
    const Rubric rubric = RubricLoader::defaultRubric();
    const int current = currentVersionId(rubric.key);
    return current != 0 ? current : save(rubric);
}

Rubric RubricStore::load(int versionId)
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT definition FROM rubric_versions WHERE id = ?"), {versionId});
    if (!query.next()) {
        throw Error(QCoreApplication::translate("RubricStore", "Rubric version %1 does not exist").arg(versionId));
    }
    return RubricLoader::fromJson(query.value(0).toString().toUtf8(),
                                  QCoreApplication::translate("RubricStore", "rubric version %1").arg(versionId));
}

int RubricStore::save(const Rubric &rubric)
{
    Rubric normalized = rubric;
    RubricLoader::normalize(normalized);
    RubricLoader::validate(normalized, QCoreApplication::translate("RubricStore", "rubric \"%1\"").arg(rubric.key));
    const QString definition = QString::fromUtf8(RubricLoader::toJson(normalized));
    const QString name = normalized.nameZh.isEmpty() ? normalized.nameEn : normalized.nameZh;
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    Transaction transaction(m_connection);
    int rubricId = 0;
    {
        QSqlQuery query =
            m_connection.run(QStringLiteral("SELECT id FROM rubrics WHERE rubric_key = ?"), {normalized.key});
        if (query.next()) {
            rubricId = query.value(0).toInt();
        }
    }
    if (rubricId == 0) {
        rubricId = insertedId(m_connection.run(QStringLiteral("INSERT INTO rubrics (rubric_key, name) VALUES (?, ?)"),
                                               {normalized.key, name}));
    } else {
        m_connection.run(QStringLiteral("UPDATE rubrics SET name = ? WHERE id = ?"), {name, rubricId});
    }

    int latestId = 0;
    int latestVersion = 0;
    QString latestDefinition;
    {
        QSqlQuery query = m_connection.run(QStringLiteral("SELECT id, version, definition FROM rubric_versions "
                                                          "WHERE rubric_id = ? ORDER BY version DESC LIMIT 1"),
                                           {rubricId});
        if (query.next()) {
            latestId = query.value(0).toInt();
            latestVersion = query.value(1).toInt();
            latestDefinition = query.value(2).toString();
        }
    }

    int versionId = latestId;
    if (latestId != 0 && latestDefinition == definition) {
        // Nothing changed: a new version would only make identical rubrics look different in reports.
    } else if (latestId != 0 && !isUsed(latestId)) {
        m_connection.run(QStringLiteral("UPDATE rubric_versions SET definition = ? WHERE id = ?"),
                         {definition, latestId});
    } else {
        versionId = insertedId(m_connection.run(QStringLiteral("INSERT INTO rubric_versions "
                                                               "(rubric_id, version, definition, created_at) "
                                                               "VALUES (?, ?, ?, ?)"),
                                                {rubricId, latestVersion + 1, definition, now}));
    }
    transaction.commit();
    return versionId;
}

bool RubricStore::isUsed(int versionId)
{
    QSqlQuery query =
        m_connection.run(QStringLiteral("SELECT 1 FROM evaluations WHERE rubric_version_id = ? LIMIT 1"), {versionId});
    return query.next();
}

RubricVersionInfo RubricStore::versionInfo(int versionId)
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT v.id, r.rubric_key, v.version, v.created_at "
                                                      "FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id "
                                                      "WHERE v.id = ?"),
                                       {versionId});
    if (!query.next()) {
        throw Error(QCoreApplication::translate("RubricStore", "Rubric version %1 does not exist").arg(versionId));
    }
    return versionFrom(query);
}

QList<RubricVersionInfo> RubricStore::versions(const QString &rubricKey)
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT v.id, r.rubric_key, v.version, v.created_at "
                                                      "FROM rubric_versions v JOIN rubrics r ON r.id = v.rubric_id "
                                                      "WHERE r.rubric_key = ? ORDER BY v.version DESC"),
                                       {rubricKey});
    QList<RubricVersionInfo> result;
    while (query.next()) {
        result << versionFrom(query);
    }
    return result;
}

} // namespace qadesk
