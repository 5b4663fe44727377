#include "SampleDialog.h"

#include "domain/DomainLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace qadesk {

SampleDialog::SampleDialog(const QList<TeamRef> &teams, QDate latestDay, QWidget *parent)
    : QDialog(parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_perAgent(new QSpinBox(this)),
      m_team(new QComboBox(this)), m_channel(new QComboBox(this)), m_category(new QComboBox(this)),
      m_complaints(new QCheckBox(tr("Oversample complaints, weight"), this)),
      m_complaintWeight(new QDoubleSpinBox(this)),
      m_lowCsat(new QCheckBox(tr("Oversample low CSAT (1–2), weight"), this)),
      m_lowCsatWeight(new QDoubleSpinBox(this)),
      m_transcriptsOnly(new QCheckBox(tr("Only interactions with a transcript"), this)),
      m_skipEvaluated(new QCheckBox(tr("Skip interactions that already have an evaluation"), this)),
      m_seed(new QLineEdit(this)), m_doubleScore(new QSpinBox(this)), m_secondInspector(new QLineEdit(this))
{
    setObjectName(QStringLiteral("sampleDialog"));
    setWindowTitle(tr("Draw a sample"));
    const QDate end = latestDay.isValid() ? latestDay : QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setDate(end.addDays(-6));
    m_to->setDate(end);
    m_perAgent->setObjectName(QStringLiteral("perAgentSpin"));
    m_perAgent->setRange(1, 1000);
    m_perAgent->setValue(3);
    m_perAgent->setSuffix(tr(" per agent"));
    m_team->setObjectName(QStringLiteral("sampleTeamCombo"));
    m_team->addItem(tr("All teams"), qint64(0));
    for (const TeamRef &team : teams) {
        m_team->addItem(team.name, team.id);
    }
    m_channel->setObjectName(QStringLiteral("sampleChannelCombo"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &key : DomainLabels::channelKeys()) {
        m_channel->addItem(DomainLabels::channel(key), key);
    }
    m_category->setObjectName(QStringLiteral("sampleCategoryCombo"));
    m_category->addItem(tr("All categories"), QString());
    for (const QString &key : DomainLabels::categoryKeys()) {
        m_category->addItem(DomainLabels::category(key), key);
    }
    m_complaints->setObjectName(QStringLiteral("oversampleComplaints"));
    m_complaints->setChecked(true);
    m_lowCsat->setObjectName(QStringLiteral("oversampleLowCsat"));
    m_lowCsat->setChecked(true);
    for (QDoubleSpinBox *weight : {m_complaintWeight, m_lowCsatWeight}) {
        weight->setRange(1.0, 20.0);
        weight->setSingleStep(0.5);
        weight->setValue(3.0);
        weight->setPrefix(QStringLiteral("× "));
    }
    connect(m_complaints, &QCheckBox::toggled, m_complaintWeight, &QWidget::setEnabled);
    connect(m_lowCsat, &QCheckBox::toggled, m_lowCsatWeight, &QWidget::setEnabled);
    m_transcriptsOnly->setObjectName(QStringLiteral("transcriptsOnly"));
    m_transcriptsOnly->setChecked(true);
    m_skipEvaluated->setObjectName(QStringLiteral("skipEvaluated"));
    m_skipEvaluated->setChecked(true);
    m_seed->setObjectName(QStringLiteral("seedEdit"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,19}")), m_seed));
    m_seed->setText(QString::number(QRandomGenerator::global()->bounded(1, 1000000)));
    m_seed->setToolTip(tr("The same seed with the same settings and data draws the same interactions."));
    auto *newSeed = new QToolButton(this);
    newSeed->setText(tr("New"));
    newSeed->setToolTip(tr("Pick another random seed"));
    connect(newSeed, &QToolButton::clicked, this,
            [this] { m_seed->setText(QString::number(QRandomGenerator::global()->bounded(1, 1000000))); });

    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *complaints = new QHBoxLayout;
    complaints->addWidget(m_complaints);
    complaints->addWidget(m_complaintWeight);
    complaints->addStretch(1);
    auto *lowCsat = new QHBoxLayout;
    lowCsat->addWidget(m_lowCsat);
    lowCsat->addWidget(m_lowCsatWeight);
    lowCsat->addStretch(1);
    auto *seed = new QHBoxLayout;
    seed->addWidget(m_seed, 1);
    seed->addWidget(newSeed);

    auto *form = new QFormLayout;
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Draw:"), m_perAgent);
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Category:"), m_category);
    form->addRow(QString(), complaints);
    form->addRow(QString(), lowCsat);
    form->addRow(QString(), m_transcriptsOnly);
    form->addRow(QString(), m_skipEvaluated);
    form->addRow(tr("Seed:"), seed);
    m_doubleScore->setObjectName(QStringLiteral("doubleScorePercent"));
    m_doubleScore->setRange(0, 100);
    m_doubleScore->setSuffix(tr(" %"));
    m_doubleScore->setSpecialValueText(tr("none"));
    m_secondInspector->setObjectName(QStringLiteral("secondInspector"));
    m_secondInspector->setPlaceholderText(tr("second inspector"));
    m_secondInspector->setEnabled(false);
    connect(m_doubleScore, &QSpinBox::valueChanged, this, [this](int value) { m_secondInspector->setEnabled(value > 0); });
    auto *doubleScore = new QHBoxLayout;
    doubleScore->addWidget(m_doubleScore);
    doubleScore->addWidget(new QLabel(tr("scored blind again by"), this));
    doubleScore->addWidget(m_secondInspector, 1);
    doubleScore->addStretch(0);
    m_doubleScore->setToolTip(tr("Continuous reliability: this share of the sample is also scored blind by a second "
                                 "inspector (on the Calibration page); the pairs give alpha over time and each "
                                 "inspector's drift."));
    form->addRow(tr("Double-score:"), doubleScore);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Draw"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *explanation = new QLabel(tr("Draws interactions at random for each agent who had any in the period, and "
                                      "puts them on your queue. A weight of 3 makes an interaction three times as "
                                      "likely to be drawn."),
                                   this);
    explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SampleRequest SampleDialog::request(const QString &inspector) const
{
    SampleRequest r;
    r.inspector = inspector;
    r.from = qMin(m_from->date(), m_to->date());
    r.to = qMax(m_from->date(), m_to->date());
    r.teamId = m_team->currentData().toLongLong();
    r.channel = m_channel->currentData().toString();
    r.category = m_category->currentData().toString();
    r.transcriptsOnly = m_transcriptsOnly->isChecked();
    r.skipEvaluated = m_skipEvaluated->isChecked();
    r.options.perAgent = m_perAgent->value();
    r.options.seed = m_seed->text().toULongLong();
    r.options.complaintWeight = m_complaints->isChecked() ? m_complaintWeight->value() : 1.0;
    r.options.lowCsatWeight = m_lowCsat->isChecked() ? m_lowCsatWeight->value() : 1.0;
    r.doubleScorePercent = m_doubleScore->value();
    r.secondInspector = m_doubleScore->value() > 0 ? m_secondInspector->text().trimmed() : QString();
    return r;
}

} // namespace qadesk
