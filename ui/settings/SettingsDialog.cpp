#include "SettingsDialog.h"

#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "settings/AppSettings.h"
#include "storage/OrganisationZone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace qadesk {

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_restartNote(new QLabel(this)),
      m_inspector(new QLineEdit(this)), m_switchProfile(new QPushButton(tr("Switch &Profile…"), this)), m_silence(new QDoubleSpinBox(this)), m_recordingsRoot(new QLineEdit(this)),
      m_agentChannel(new QComboBox(this)), m_zone(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    // Each language is named in itself, so that it can be found whatever the current language.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setText(tr("The language changes the next time QA Desk starts."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);

    // Who works is a person of the database (their role decides what QA Desk offers), chosen in the profile
    // dialog: a name typed here would be nobody's.
    m_inspector->setObjectName(QStringLiteral("inspectorEdit"));
    m_inspector->setReadOnly(true);
    m_inspector->setText(settings.inspectorName());
    m_inspector->setToolTip(tr("Evaluations and the audit log record your work under this person. Switch Profile… "
                               "chooses another one."));
    m_switchProfile->setObjectName(QStringLiteral("switchProfileButton"));
    connect(m_switchProfile, &QPushButton::clicked, this, [this]() {
        reject();
        emit switchProfileRequested();
    });
    auto *personRow = new QHBoxLayout;
    personRow->addWidget(m_inspector, 1);
    personRow->addWidget(m_switchProfile);

    m_silence->setObjectName(QStringLiteral("silenceSpin"));
    m_silence->setRange(1.0, 600.0);
    m_silence->setDecimals(1);
    m_silence->setSuffix(tr(" s"));
    m_silence->setValue(settings.silenceThresholdS());
    m_silence->setToolTip(tr("A pause between two turns longer than this is marked as silence, or as hold "
                             "when the agent had asked the customer to wait."));

    m_recordingsRoot->setObjectName(QStringLiteral("recordingsRootEdit"));
    m_recordingsRoot->setText(QDir::toNativeSeparators(settings.recordingsRoot()));
    m_recordingsRoot->setPlaceholderText(tr("Only the imported file's folder"));
    m_recordingsRoot->setClearButtonEnabled(true);
    // Wide enough for the hint and a typical path.
    m_recordingsRoot->setMinimumWidth(
        qMax(fontMetrics().horizontalAdvance(m_recordingsRoot->placeholderText()) + 48, fontMetrics().averageCharWidth() * 40));
    m_recordingsRoot->setToolTip(tr("An imported file may name recordings in its own folder or under this one "
                                    "(qadesk-cli: import --recordings-root). Paths that lead anywhere else are "
                                    "refused."));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("recordingsRootBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::folder(this, tr("Recordings folder"), m_recordingsRoot->text());
        if (!folder.isEmpty()) {
            m_recordingsRoot->setText(QDir::toNativeSeparators(folder));
        }
    });
    auto *recordingsRow = new QHBoxLayout;
    recordingsRow->addWidget(m_recordingsRoot, 1);
    recordingsRow->addWidget(browse);

    m_agentChannel->setObjectName(QStringLiteral("agentChannelCombo"));
    m_agentChannel->addItem(tr("Left channel (customer right)"), 0);
    m_agentChannel->addItem(tr("Right channel (customer left)"), 1);
    m_agentChannel->setCurrentIndex(settings.recordingAgentChannel());
    m_agentChannel->setToolTip(tr("Which channel of a stereo recording carries the agent, for the waveform's lanes "
                                  "and the audio analysis"));
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/')) { // IANA region/city names, not abbreviations
            m_zone->addItem(QString::fromUtf8(id));
        }
    }
    m_zone->setCurrentText(QString::fromUtf8(OrganisationZone::current().id()));
    m_zone->setToolTip(tr("The zone in which every view, export and report of this database counts local times, "
                          "days, weeks and months, for everyone who uses it. Changing it renumbers the stored days "
                          "in the background."));

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Working as:"), personRow);
    form->addRow(tr("Mark pauses longer than:"), m_silence);
    form->addRow(tr("Recordings folder:"), recordingsRow);
    form->addRow(tr("Agent in stereo recordings:"), m_agentChannel);
    form->addRow(tr("Organisation time zone:"), m_zone);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::setZoneEditable(bool editable)
{
    m_zone->setEnabled(editable);
    if (!editable) {
        m_zone->setToolTip(tr("The organisation time zone is set by an administrator."));
    }
}

QTimeZone SettingsDialog::changedZone() const
{
    const QTimeZone zone = OrganisationZone::parse(m_zone->currentText());
    return zone.isValid() && zone.id() != OrganisationZone::current().id() ? zone : QTimeZone();
}

bool SettingsDialog::save()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.setSilenceThresholdS(m_silence->value());
    m_settings.setRecordingsRoot(QDir::fromNativeSeparators(m_recordingsRoot->text().trimmed()));
    m_settings.setRecordingAgentChannel(m_agentChannel->currentData().toInt());
    return languageChanged;
}

void SettingsDialog::setPerson(const QString &description, bool teamMode)
{
    m_inspector->setText(description);
    if (teamMode) {
        m_switchProfile->setText(tr("Log in as &Someone Else…"));
        m_inspector->setToolTip(tr("In team mode you are your database login: Log in as Someone Else… changes it."));
    }
}

void SettingsDialog::accept()
{
    const QString root = m_recordingsRoot->text().trimmed();
    if (!root.isEmpty() && !QFileInfo(root).isDir()) {
        MessageBox::warning(this, tr("Settings"),
                             tr("The recordings folder %1 does not exist. Choose an existing folder, or leave the field "
                                "empty to look for recordings only beside the imported files.")
                                 .arg(root));
        m_recordingsRoot->setFocus();
        return;
    }
    if (!OrganisationZone::parse(m_zone->currentText()).isValid()) {
        MessageBox::warning(this, tr("Settings"),
                            tr("%1 is not a time zone. Choose one from the list, such as Asia/Shanghai.")
                                .arg(m_zone->currentText()));
        m_zone->setFocus();
        return;
    }
    if (save()) {
        MessageBox::information(this, tr("Settings"), tr("Restart QA Desk to see it in the new language."));
    }
    QDialog::accept();
}

} // namespace qadesk
