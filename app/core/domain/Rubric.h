#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace qadesk {

// The bilingual texts of a rubric carry both languages; these pick one.
bool prefersChinese(const QLocale &locale = QLocale());
inline QString localized(const QString &zh, const QString &en, bool chinese)
{
    // A text written in one language only is still better than an empty label.
    if (chinese) {
        return zh.isEmpty() ? en : zh;
    }
    return en.isEmpty() ? zh : en;
}
inline QString localized(const QString &zh, const QString &en)
{
    return localized(zh, en, prefersChinese());
}

// One of the five levels of a dimension, with the description the form shows next to its button.
struct RubricLevel
{
    int level = 0;          // 1..5
    QString nameZh, nameEn; // 优秀 Excellent, 良好 Good, 合格 Pass, 需改进 Needs improvement
    QString descriptionZh, descriptionEn;

    QString name(bool chinese) const { return localized(nameZh, nameEn, chinese); }
    QString description(bool chinese) const { return localized(descriptionZh, descriptionEn, chinese); }

    bool operator==(const RubricLevel &) const = default;
};

// A scored dimension (响应速度, 服务态度 …). levels holds exactly five entries, levels[i].level == i + 1.
struct RubricDimension
{
    QString key;
    QString nameZh, nameEn;
    double weight = 0;
    QList<RubricLevel> levels;

    QString name(bool chinese) const { return localized(nameZh, nameEn, chinese); }
    // The level entry for a score 1..5, or nullptr.
    const RubricLevel *level(int score) const;

    bool operator==(const RubricDimension &) const = default;
};

// One step of the standard service flow (服务流程), recorded yes / no / not applicable.
struct ChecklistStep
{
    QString key;
    QString nameZh, nameEn;
    QString descriptionZh, descriptionEn;

    QString name(bool chinese) const { return localized(nameZh, nameEn, chinese); }
    QString description(bool chinese) const { return localized(descriptionZh, descriptionEn, chinese); }

    bool operator==(const ChecklistStep &) const = default;
};

// A yes/no item that, when failed, zeroes the whole evaluation (一票否决).
struct CriticalItem
{
    QString key;
    QString nameZh, nameEn;

    QString name(bool chinese) const { return localized(nameZh, nameEn, chinese); }

    bool operator==(const CriticalItem &) const = default;
};

// An overall grade: every score ≥ minScore that no higher band takes.
struct GradeBand
{
    QString key; // stable identifier for exports and scripts: excellent, good, pass, needs_improvement
    QString nameZh, nameEn;
    double minScore = 0;

    QString name(bool chinese) const { return localized(nameZh, nameEn, chinese); }

    bool operator==(const GradeBand &) const = default;
};

// The response-speed thresholds of one channel (rubric JSON "response_times": {"email": [3600, …]}): the upper
// bounds in seconds of levels 5, 4, 3 and 2 of the response dimension; a slower first response is level 1.
struct ResponseTimes
{
    QString channel; // phone, chat, email, other
    QList<double> seconds; // four, strictly increasing, > 0

    bool operator==(const ResponseTimes &) const = default;
};

// The feedback windows of a rubric (rubric JSON "dispute": {"window_working_days": 5, "max_per_month": 2,
// "decision_working_days": 3}); working days are Monday to Friday in the organisation's zone.
struct DisputePolicy
{
    int windowWorkingDays = 5;   // to acknowledge or dispute after the release, and to escalate after a decision
    int maxPerMonth = 2;         // disputes an agent may raise in one calendar month
    int decisionWorkingDays = 3; // to decide a dispute, at each level

    bool operator==(const DisputePolicy &) const = default;
};

// A complete rubric as one version stores it. gradeBands are sorted by minScore descending and the
// last one (minScore ≤ 0) catches every score; RubricLoader guarantees that for what it returns.
struct Rubric
{
    QString key;
    QString nameZh, nameEn;
    QList<RubricDimension> dimensions;
    QList<ChecklistStep> checklist;
    // Whether an evaluation may be submitted with checklist steps unanswered (rubric JSON "checklist_optional").
    bool checklistOptional = false;
    QList<CriticalItem> criticalItems;
    QList<GradeBand> gradeBands;
    // Per-channel response-speed thresholds; a channel not listed uses kDefaultResponseSeconds (phone and chat
    // speed: 3, 5, 10, 30 s).
    QList<ResponseTimes> responseTimes;
    DisputePolicy dispute;

    static QList<double> defaultResponseSeconds() { return {3, 5, 10, 30}; }
    // The four thresholds (seconds) that apply to an interaction of `channel`.
    QList<double> responseSeconds(const QString &channel) const
    {
        for (const ResponseTimes &times : responseTimes) {
            if (times.channel == channel) {
                return times.seconds;
            }
        }
        return defaultResponseSeconds();
    }

    QString name(bool chinese) const { return localized(nameZh, nameEn, chinese); }
    // Index into dimensions, or -1.
    int dimensionIndex(const QString &key) const;
    double totalWeight() const;
    // The band a score falls into (the lowest band for scores below every threshold); nullptr only
    // when the rubric has no bands.
    const GradeBand *gradeFor(double score) const;
    const GradeBand *lowestGrade() const { return gradeBands.isEmpty() ? nullptr : &gradeBands.constLast(); }

    bool operator==(const Rubric &) const = default;
};

} // namespace qadesk
