#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace qadesk {

// One rubric dimension as an inspector scored it.
struct DimensionEvaluation
{
    QString key;
    std::optional<int> score; // 1..5; empty when not (yet) scored
    bool notApplicable = false;
    QString comment;
    QList<qint64> evidenceTurnIds;

    bool operator==(const DimensionEvaluation &) const = default;
};

// An inspector's evaluation of one interaction (DESIGN §2, §4.1): draft → submitted → disputed → final.
struct Evaluation
{
    qint64 id = 0;
    qint64 interactionId = 0;
    qint64 rubricVersionId = 0;
    QString inspector;
    QString status = QStringLiteral("draft");
    QList<DimensionEvaluation> dimensions;
    QMap<QString, QString> checklist; // step key → yes / no / na
    QMap<QString, bool> criticalFailed; // item key → failed
    QString overallComment;
    std::optional<double> score;
    QString gradeKey;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submittedAt;
    int rowVersion = 1;

    bool anyCriticalFailed() const
    {
        for (auto it = criticalFailed.cbegin(); it != criticalFailed.cend(); ++it) {
            if (it.value()) {
                return true;
            }
        }
        return false;
    }
    bool isLocked() const { return status != QLatin1String("draft"); }
};

} // namespace qadesk
