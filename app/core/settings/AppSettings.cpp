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

std::optional<KpiTargets> AppSettings::legacyKpiTargets() const
{
    m_settings.beginGroup(QStringLiteral("targets"));
    const QStringList stored = m_settings.childKeys();
    m_settings.endGroup();
    if (stored.isEmpty()) {
        return std::nullopt;
    }
    KpiTargets targets;
    for (const QString &key : KpiTargets::keys()) {
        const QString name = QStringLiteral("targets/") + key;
        if (m_settings.contains(name)) {
            const QVariant v = m_settings.value(name);
            targets.setTarget(key, v.toString().isEmpty() ? std::nullopt : std::optional<double>(v.toDouble()));
        }
        if (m_settings.contains(name + QStringLiteral("_amber"))) {
            targets.setMargin(key, m_settings.value(name + QStringLiteral("_amber")).toDouble());
        }
    }
    return targets;
}

void AppSettings::forgetLegacyKpiTargets()
{
    m_settings.remove(QStringLiteral("targets"));
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
