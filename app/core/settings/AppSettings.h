#pragma once

#include "kpi/KpiTargets.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <optional>

namespace qadesk {

// Every user setting with its key and default, in one place: the only class that touches QSettings (the
// platform's usual file; check_settings_in_one_place keeps it so). The window owns one and passes it in.
class AppSettings final
{
public:
    AppSettings() = default;

    // "zh_CN", "en" or empty for the system locale.
    QString language() const;
    void setLanguage(const QString &language);
    // The language actually shown: the setting, else the system locale (Chinese → zh_CN, anything else → en).
    QString effectiveLanguage() const;

    QString inspectorName() const;
    void setInspectorName(const QString &name);
    // Whether the person working here was chosen (the profile dialog at the first start); the login is
    // inspectorName().
    bool profileChosen() const;
    void setProfileChosen(bool chosen);

    // A pause in a transcript longer than this is marked as silence or hold.
    double silenceThresholdS() const;
    void setSilenceThresholdS(double seconds);

    // Mask phone, ID-card and bank-card numbers when importing (on by default).
    bool maskPersonalData() const;
    void setMaskPersonalData(bool mask);

    // Recordings named by imported files may lie in the imported file's folder or under this folder (the same as
    // qadesk-cli import --recordings-root); empty: the file's folder only.
    QString recordingsRoot() const;
    void setRecordingsRoot(const QString &folder);

    // The recording player's speed (0.5 to 2, 1 at first), kept between calls and sessions.
    double playbackRate() const;
    void setPlaybackRate(double rate);
    // Stereo recordings: the agent's channel, 0 left (the default) or 1 right; the customer has the other.
    int recordingAgentChannel() const;
    void setRecordingAgentChannel(int channel);

    // KPI targets this computer kept before they moved into the database (migration 015), keys "targets/KEY"
    // and "targets/KEY_amber": nullopt when it kept none. The app moves them into a database that has none
    // (KpiTargetService::adopt), then forgets them here.
    std::optional<KpiTargets> legacyKpiTargets() const;
    void forgetLegacyKpiTargets();

    // The dashboard's last period preset (ReportingPeriod key) and bucket (KpiFilter bucket name).
    QString dashboardPeriod() const;
    void setDashboardPeriod(const QString &key);
    QString dashboardBucket() const;
    void setDashboardBucket(const QString &name);

    // The audit chain's head ("SEQ:HASH") last seen intact in the database at `databaseLocation`: the next start
    // checks that the log still holds it (a log rewritten in between no longer does). Empty when never seen.
    QString auditAnchor(const QString &databaseLocation) const;
    void setAuditAnchor(const QString &databaseLocation, const QString &anchor);

    // The folders file dialogs start in: the last one used for imports, backups and reports. Backups and
    // reports start in Documents until then (reports also when the folder has gone).
    QString importFolder() const;
    void setImportFolder(const QString &folder);
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);
    QString reportsFolder() const;
    void setReportsFolder(const QString &folder);

    // The interaction open when the program last stopped (crash or not); 0 when none.
    qint64 lastInteraction() const;
    void setLastInteraction(qint64 interactionId);

    // Layout restored at the next start: opaque Qt state (saveGeometry, saveState), empty when never saved.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    int windowPage() const; // the tab shown, 0 (the workspace) at first
    void setWindowPage(int index);
    QByteArray workspaceSplitter() const;
    void setWorkspaceSplitter(const QByteArray &state);
    QByteArray workQueueHeader() const;
    void setWorkQueueHeader(const QByteArray &state);

private:
    mutable QSettings m_settings;
};

} // namespace qadesk
