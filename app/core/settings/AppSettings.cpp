#include "AppSettings.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace qadesk {

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::effectiveLanguage() const
{
    const QString chosen = language();
    if (!chosen.isEmpty()) {
        return chosen;
    }
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString AppSettings::inspectorName() const
{
    const QString name = m_settings.value(QStringLiteral("inspector/name")).toString();
    if (!name.isEmpty()) {
        return name;
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QCoreApplication::translate("AppSettings", "inspector") : user;
}

void AppSettings::setInspectorName(const QString &name)
{
    m_settings.setValue(QStringLiteral("inspector/name"), name.trimmed());
}

bool AppSettings::profileChosen() const
{
    return m_settings.value(QStringLiteral("inspector/profileChosen"), false).toBool();
}

void AppSettings::setProfileChosen(bool chosen)
{
    m_settings.setValue(QStringLiteral("inspector/profileChosen"), chosen);
}

double AppSettings::silenceThresholdS() const
{
    return m_settings.value(QStringLiteral("transcript/silenceThresholdS"), 10.0).toDouble();
}

void AppSettings::setSilenceThresholdS(double seconds)
{
    m_settings.setValue(QStringLiteral("transcript/silenceThresholdS"), seconds);
}

bool AppSettings::maskPersonalData() const
{
    return m_settings.value(QStringLiteral("import/maskPersonalData"), true).toBool();
}

void AppSettings::setMaskPersonalData(bool mask)
{
    m_settings.setValue(QStringLiteral("import/maskPersonalData"), mask);
}

std::optional<double> AppSettings::defaultKpiTarget(const QString &kpi)
{
    static const QHash<QString, double> defaults{
        {QStringLiteral("csat"), 85.0},       {QStringLiteral("nps"), 30.0},
        {QStringLiteral("ces"), 70.0},        {QStringLiteral("fcr"), 75.0},
        {QStringLiteral("aht_s"), 420.0},     {QStringLiteral("first_response_s"), 10.0},
        {QStringLiteral("complaint_rate"), 5.0}, {QStringLiteral("qa_score"), 80.0},
        {QStringLiteral("qa_pass_rate"), 90.0},
        // Per channel (issue 15): an e-mail is answered in hours, not seconds.
        {QStringLiteral("first_response_s.email"), 4 * 3600.0},
    };
    const auto it = defaults.constFind(kpi);
    return it == defaults.constEnd() ? std::nullopt : std::optional<double>(*it);
}

std::optional<double> AppSettings::kpiTarget(const QString &kpi) const
{
    const QString key = QStringLiteral("targets/") + kpi;
    if (!m_settings.contains(key)) {
        return defaultKpiTarget(kpi);
    }
    const QVariant v = m_settings.value(key);
    if (v.toString().isEmpty()) {
        return std::nullopt;
    }
    return v.toDouble();
}

void AppSettings::setKpiTarget(const QString &kpi, std::optional<double> target)
{
    m_settings.setValue(QStringLiteral("targets/") + kpi, target ? QVariant(*target) : QVariant(QString()));
}

double AppSettings::kpiAmberMargin(const QString &kpi, double fallback) const
{
    return m_settings.value(QStringLiteral("targets/") + kpi + QStringLiteral("_amber"), fallback).toDouble();
}

void AppSettings::setKpiAmberMargin(const QString &kpi, double margin)
{
    m_settings.setValue(QStringLiteral("targets/") + kpi + QStringLiteral("_amber"), margin);
}

QString AppSettings::dashboardPeriod() const
{
    return m_settings.value(QStringLiteral("dashboard/period"), QStringLiteral("last_4_weeks")).toString();
}

void AppSettings::setDashboardPeriod(const QString &key)
{
    m_settings.setValue(QStringLiteral("dashboard/period"), key);
}

QString AppSettings::dashboardBucket() const
{
    return m_settings.value(QStringLiteral("dashboard/bucket"), QStringLiteral("week")).toString();
}

void AppSettings::setDashboardBucket(const QString &name)
{
    m_settings.setValue(QStringLiteral("dashboard/bucket"), name);
}

double AppSettings::playbackRate() const
{
    return std::clamp(m_settings.value(QStringLiteral("recordings/playbackRate"), 1.0).toDouble(), 0.5, 2.0);
}

void AppSettings::setPlaybackRate(double rate)
{
    m_settings.setValue(QStringLiteral("recordings/playbackRate"), std::clamp(rate, 0.5, 2.0));
}

int AppSettings::recordingAgentChannel() const
{
    return m_settings.value(QStringLiteral("recordings/agentChannel"), 0).toInt() == 1 ? 1 : 0;
}

void AppSettings::setRecordingAgentChannel(int channel)
{
    m_settings.setValue(QStringLiteral("recordings/agentChannel"), channel == 1 ? 1 : 0);
}

QString AppSettings::recordingsRoot() const
{
    return m_settings.value(QStringLiteral("import/recordingsRoot")).toString();
}

void AppSettings::setRecordingsRoot(const QString &folder)
{
    m_settings.setValue(QStringLiteral("import/recordingsRoot"), folder);
}

namespace {

QString anchorKey(const QString &databaseLocation)
{
    const QFileInfo file(databaseLocation);
    const QString canonical = file.exists() ? file.canonicalFilePath() : databaseLocation;
    return QStringLiteral("audit/anchors/") +
           QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

QString AppSettings::auditAnchor(const QString &databaseLocation) const
{
    return m_settings.value(anchorKey(databaseLocation)).toString();
}

void AppSettings::setAuditAnchor(const QString &databaseLocation, const QString &anchor)
{
    m_settings.setValue(anchorKey(databaseLocation), anchor);
}

QString AppSettings::importFolder() const
{
    return m_settings.value(QStringLiteral("import/lastFolder")).toString();
}

void AppSettings::setImportFolder(const QString &folder)
{
    m_settings.setValue(QStringLiteral("import/lastFolder"), folder);
}

QString AppSettings::backupFolder() const
{
    return m_settings
        .value(QStringLiteral("backup/lastFolder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void AppSettings::setBackupFolder(const QString &folder)
{
    m_settings.setValue(QStringLiteral("backup/lastFolder"), folder);
}

QString AppSettings::reportsFolder() const
{
    const QString stored = m_settings.value(QStringLiteral("reports/lastDirectory")).toString();
    return !stored.isEmpty() && QDir(stored).exists()
               ? stored
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void AppSettings::setReportsFolder(const QString &folder)
{
    m_settings.setValue(QStringLiteral("reports/lastDirectory"), folder);
}

qint64 AppSettings::lastInteraction() const
{
    return m_settings.value(QStringLiteral("workspace/lastInteraction")).toLongLong();
}

void AppSettings::setLastInteraction(qint64 interactionId)
{
    m_settings.setValue(QStringLiteral("workspace/lastInteraction"), interactionId);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

int AppSettings::windowPage() const
{
    return m_settings.value(QStringLiteral("window/page"), 0).toInt();
}

void AppSettings::setWindowPage(int index)
{
    m_settings.setValue(QStringLiteral("window/page"), index);
}

QByteArray AppSettings::workspaceSplitter() const
{
    return m_settings.value(QStringLiteral("workspace/splitter")).toByteArray();
}

void AppSettings::setWorkspaceSplitter(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("workspace/splitter"), state);
}

QByteArray AppSettings::workQueueHeader() const
{
    return m_settings.value(QStringLiteral("workspace/queueHeader")).toByteArray();
}

void AppSettings::setWorkQueueHeader(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("workspace/queueHeader"), state);
}

} // namespace qadesk
