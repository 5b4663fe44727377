#pragma once

#include "domain/Rubric.h"

#include <QList>
#include <QString>

namespace qadesk {

class Connection;

struct RubricVersionInfo
{
    int id = 0; // rubric_versions.id, what evaluations refer to
    QString rubricKey;
    int version = 0;      // 1, 2, … per rubric
    qint64 createdAt = 0; // UTC seconds since the epoch
};

// Rubrics and their versions in the database. A version that an evaluation has used is frozen: saving
// the rubric again then creates the next version, so old evaluations keep the rubric they were scored with.
class RubricStore final
{
public:
    explicit RubricStore(Connection &connection) : m_connection(connection) {}

    // The id of the rubric's latest version, 0 when the rubric is not in the database.
    int currentVersionId(const QString &rubricKey);
    // The rubric in use now: the latest version of the default rubric, or the shipped default while the database
    // has none. The one place that decides it (dashboard grade names, reports, the Reports page).
    Rubric current();
    // Stores the shipped default rubric as version 1 unless it is there; returns its current version id.
    int ensureDefault();
    Rubric load(int versionId);
    // Validates, then updates the latest version in place if no evaluation has used it, otherwise adds
    // version + 1. Saving an unchanged rubric adds nothing. Returns the id of the version now current.
    int save(const Rubric &rubric);

    bool isUsed(int versionId);
    RubricVersionInfo versionInfo(int versionId);
    // Newest first.
    QList<RubricVersionInfo> versions(const QString &rubricKey);

private:
    Connection &m_connection;
};

} // namespace qadesk
