#pragma once

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qadesk {

class AppSettings;

// Tools → Settings: interface language (applies at the next start, and says so), who is working (shown, not
// typed: the profile or, in team mode, the database login decides it; Switch Profile… is one click away), the pause that counts as silence in transcripts, and the folder
// under which imported files may name recordings; and the organisation's time zone, stored in the database for
// everyone who uses it.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    // Who is working, as the status bar says it; in team mode the database login (Log in as Someone Else…).
    void setPerson(const QString &description, bool teamMode);

    // Writes the values to the settings; true when the language changed (a restart is needed).
    bool save();

    void accept() override;
    // The organisation time zone chosen, when it differs from the one in use (MainWindow then changes it in the
    // background); invalid otherwise.
    QTimeZone changedZone() const;
    QComboBox *zoneCombo() const { return m_zone; }
    // Only an administrator changes the organisation's zone; others see it.
    void setZoneEditable(bool editable);

signals:
    // "Switch Profile…" (or "Log in as Someone Else…") was clicked: the dialog closes without saving first.
    void switchProfileRequested();

private:
    AppSettings &m_settings;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QLineEdit *m_inspector;
    QPushButton *m_switchProfile;
    QDoubleSpinBox *m_silence;
    QLineEdit *m_recordingsRoot;
    QComboBox *m_agentChannel;
    QComboBox *m_zone;
};

} // namespace qadesk
